#include "xlsxworkbook.h"

#include "xlsxpackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

using Token = QXmlStreamReader::TokenType;

bool isStart(Token token, const QXmlStreamReader &xml, QLatin1StringView name)
{
    return token == QXmlStreamReader::StartElement && xml.name() == name;
}

} // namespace

bool XlsxWorkbook::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool XlsxWorkbook::read(XlsxPackage &package)
{
    if (!readWorkbookLocation(package) || !readSheets(package) || !readRelations(package))
        return false;
    if (m_sharedStringsPart.isEmpty())
        m_sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    return true;
}

// The package relationships name the workbook part; xl/workbook.xml when
// they are absent, as every producer writes it there.
bool XlsxWorkbook::readWorkbookLocation(XlsxPackage &package)
{
    m_workbookPart = QStringLiteral("xl/workbook.xml");
    const QString rels = QStringLiteral("_rels/.rels");
    if (!package.contains(rels))
        return true;
    if (!package.beginPart(rels))
        return fail(package.errorMessage());
    for (Token token = package.readNext(); token != QXmlStreamReader::EndDocument; token = package.readNext()) {
        if (token == QXmlStreamReader::Invalid)
            return fail(package.errorMessage());
        const QXmlStreamAttributes attributes = package.xml().attributes();
        if (isStart(token, package.xml(), QLatin1StringView("Relationship"))
            && attributes.value(QLatin1StringView("Type")).endsWith(QLatin1StringView("/officeDocument"))) {
            QString target = attributes.value(QLatin1StringView("Target")).toString();
            while (target.startsWith(QLatin1Char('/')))
                target.remove(0, 1);
            if (!target.isEmpty())
                m_workbookPart = QDir::cleanPath(target);
        }
    }
    return true;
}

bool XlsxWorkbook::readSheets(XlsxPackage &package)
{
    if (!package.beginPart(m_workbookPart))
        return fail(package.errorMessage());
    for (Token token = package.readNext(); token != QXmlStreamReader::EndDocument; token = package.readNext()) {
        if (token == QXmlStreamReader::Invalid)
            return fail(package.errorMessage());
        if (!isStart(token, package.xml(), QLatin1StringView("sheet")))
            continue;
        Sheet sheet;
        for (const QXmlStreamAttribute &attribute : package.xml().attributes()) {
            if (attribute.name() == QLatin1StringView("name") && attribute.namespaceUri().isEmpty())
                sheet.name = attribute.value().toString();
            // Transitional and Strict OOXML use different namespace URIs,
            // both ending in "relationships".
            else if (attribute.name() == QLatin1StringView("id")
                     && attribute.namespaceUri().endsWith(QLatin1StringView("relationships")))
                sheet.relationId = attribute.value().toString();
        }
        m_sheets.append(sheet);
    }
    if (m_sheets.isEmpty())
        return fail(tr("%1: the workbook has no sheet").arg(m_workbookPart));
    return true;
}

QString XlsxWorkbook::resolveTarget(const QString &target) const
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const QString base = QFileInfo(m_workbookPart).path();
    return QDir::cleanPath(base == QLatin1String(".") ? target : base + QLatin1Char('/') + target);
}

bool XlsxWorkbook::readRelations(XlsxPackage &package)
{
    const QFileInfo workbook(m_workbookPart);
    const QString base = workbook.path() == QLatin1String(".") ? QString() : workbook.path() + QLatin1Char('/');
    const QString rels = base + QLatin1String("_rels/") + workbook.fileName() + QLatin1String(".rels");
    if (!package.beginPart(rels))
        return fail(package.errorMessage());
    for (Token token = package.readNext(); token != QXmlStreamReader::EndDocument; token = package.readNext()) {
        if (token == QXmlStreamReader::Invalid)
            return fail(package.errorMessage());
        if (!isStart(token, package.xml(), QLatin1StringView("Relationship")))
            continue;
        const QXmlStreamAttributes attributes = package.xml().attributes();
        if (attributes.value(QLatin1StringView("TargetMode")) == QLatin1StringView("External"))
            continue;
        const QString id = attributes.value(QLatin1StringView("Id")).toString();
        const QString part = resolveTarget(attributes.value(QLatin1StringView("Target")).toString());
        if (attributes.value(QLatin1StringView("Type")).endsWith(QLatin1StringView("/sharedStrings")))
            m_sharedStringsPart = part;
        for (Sheet &sheet : m_sheets) {
            if (sheet.relationId == id)
                sheet.part = part;
        }
    }
    return true;
}

qsizetype XlsxWorkbook::findSheet(const QString &wanted) const
{
    const QString name = wanted.trimmed();
    if (name.isEmpty())
        return 0;
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    bool isNumber = false;
    const int position = name.toInt(&isNumber);
    return isNumber && position >= 1 && position <= m_sheets.size() ? position - 1 : -1;
}
