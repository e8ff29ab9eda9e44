#include "storelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreLocation", text);
}

QString decode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// libpq's keyword form starts with one of its keywords and '='.
bool isKeywords(const QString &text)
{
    static const QRegularExpression start(
        QStringLiteral("^\\s*(host|hostaddr|port|dbname|user|sslmode|service)\\s*="));
    return start.match(text).hasMatch();
}

} // namespace

StoreLocation StoreLocation::file(const QString &path)
{
    StoreLocation location;
    location.m_path = path;
    return location;
}

bool StoreLocation::looksLikeServer(const QString &text)
{
    return isUri(text) || isKeywords(text);
}

StoreLocation StoreLocation::parse(const QString &text, QString *error)
{
    if (isUri(text))
        return parseUri(text.trimmed(), error);
    if (isKeywords(text))
        return parseKeywords(text, error);
    return file(text);
}

bool StoreLocation::setParameter(const QString &name, const QString &value, QString *error)
{
    if (name == QLatin1String("host"))
        m_host = value;
    else if (name == QLatin1String("port")) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port <= 0 || port > 65535) {
            if (error)
                *error = tr("the server's port %1 is not a number from 1 to 65535").arg(value);
            return false;
        }
        m_port = port;
    } else if (name == QLatin1String("dbname"))
        m_database = value;
    else if (name == QLatin1String("user"))
        m_user = value;
    else if (name == QLatin1String("password"))
        m_password = value;
    else
        setOption(name, value);
    return true;
}

// postgresql://[user[:password]@][host][:port][/dbname][?name=value&...]
StoreLocation StoreLocation::parseUri(const QString &text, QString *error)
{
    StoreLocation location;
    location.m_kind = Kind::Server;
    const auto invalid = [&](const QString &why) {
        if (error)
            *error = why;
        location.m_valid = false;
        return location;
    };
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        location.m_database = decode(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString credentials = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = credentials.indexOf(QLatin1Char(':'));
        location.m_user = decode(colon >= 0 ? credentials.left(colon) : credentials);
        if (colon >= 0)
            location.m_password = decode(credentials.mid(colon + 1));
    }
    QString port;
    if (authority.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid(tr("the server address %1 lacks its closing ]").arg(authority));
        location.m_host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(QLatin1Char(':')))
            port = authority.mid(close + 2);
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        location.m_host = decode(colon >= 0 ? authority.left(colon) : authority);
        if (colon >= 0)
            port = authority.mid(colon + 1);
    }
    if (!port.isEmpty() && !location.setParameter(QStringLiteral("port"), port, error))
        return invalid(*error);
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return invalid(tr("the server setting %1 is not name=value").arg(decode(pair)));
        QString why;
        if (!location.setParameter(decode(pair.left(equals)), decode(pair.mid(equals + 1)), &why))
            return invalid(why);
    }
    return location;
}

// host=/run/postgresql dbname=satisfecit user='marie' ...
StoreLocation StoreLocation::parseKeywords(const QString &text, QString *error)
{
    StoreLocation location;
    location.m_kind = Kind::Server;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype equals = text.indexOf(QLatin1Char('='), i);
        if (equals < 0) {
            if (error)
                *error = tr("the server setting %1 is not name=value").arg(text.mid(i));
            location.m_valid = false;
            return location;
        }
        const QString name = text.mid(i, equals - i).trimmed();
        i = equals + 1;
        while (i < n && text[i].isSpace())
            ++i;
        QString value;
        if (i < n && text[i] == QLatin1Char('\'')) {
            ++i;
            while (i < n && text[i] != QLatin1Char('\'')) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text[i++];
            }
            ++i;
        } else {
            while (i < n && !text[i].isSpace()) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text[i++];
            }
        }
        if (!location.setParameter(name, value, error)) {
            location.m_valid = false;
            return location;
        }
    }
    return location;
}

QString StoreLocation::option(const QString &name) const
{
    for (const auto &pair : m_options)
        if (pair.first == name)
            return pair.second;
    return {};
}

void StoreLocation::setOption(const QString &name, const QString &value)
{
    for (auto &pair : m_options)
        if (pair.first == name) {
            pair.second = value;
            return;
        }
    m_options.append({name, value});
}

QString StoreLocation::toString() const
{
    if (!isServer())
        return m_path;
    QString uri = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        uri += encode(m_user) + QLatin1Char('@');
    if (m_host.contains(QLatin1Char(':')) && !m_host.startsWith(QLatin1Char('/')))
        uri += QLatin1Char('[') + m_host + QLatin1Char(']');
    else
        uri += encode(m_host);
    if (m_port > 0)
        uri += QLatin1Char(':') + QString::number(m_port);
    if (!m_database.isEmpty())
        uri += QLatin1Char('/') + encode(m_database);
    QStringList query;
    for (const auto &pair : m_options)
        query << encode(pair.first) + QLatin1Char('=') + encode(pair.second);
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

QString StoreLocation::displayName() const
{
    if (!isServer())
        return QDir::toNativeSeparators(m_path);
    const QString database = m_database.isEmpty() ? qEnvironmentVariable("PGDATABASE") : m_database;
    const QString host = m_host.isEmpty() ? qEnvironmentVariable("PGHOST") : m_host;
    if (host.isEmpty())
        return tr("the database %1 on the local server").arg(database);
    return tr("the database %1 on %2").arg(database, host);
}

bool StoreLocation::operator==(const StoreLocation &other) const
{
    return m_kind == other.m_kind && m_path == other.m_path && m_host == other.m_host && m_port == other.m_port
        && m_database == other.m_database && m_user == other.m_user && m_options == other.m_options;
}
