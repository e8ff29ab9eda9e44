#include "connectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A store shared on a PostgreSQL server, as your IT department set it up. "
                                "The password is asked for each time and never saved; left empty, it is "
                                "read from your ~/.pgpass file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setText(QStringLiteral("satisfecit"));
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode = new QComboBox(this);
    // libpq's sslmode values; the labels say what each protects against.
    m_sslMode->addItem(tr("Encrypted, server certificate checked (verify-full)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Encrypted (require)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypted when the server offers it (prefer)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Not encrypted (disable)"), QStringLiteral("disable"));
    m_sslMode->setCurrentIndex(2);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    updateButtons();
}

void ConnectDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                     && !m_user->text().trimmed().isEmpty());
}

void ConnectDialog::setLocation(const StoreLocation &location, const QString &message)
{
    m_initial = location;
    m_host->setText(location.host());
    if (location.port() > 0)
        m_port->setValue(location.port());
    if (!location.database().isEmpty())
        m_database->setText(location.database());
    m_user->setText(location.user());
    m_password->clear();
    const int ssl = m_sslMode->findData(location.option(QStringLiteral("sslmode")));
    if (ssl >= 0)
        m_sslMode->setCurrentIndex(ssl);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!location.user().isEmpty())
        m_password->setFocus();
}

StoreLocation ConnectDialog::location() const
{
    StoreLocation location = m_initial.isServer() ? m_initial : StoreLocation::parse(QStringLiteral("postgresql://"));
    location.setHost(m_host->text().trimmed());
    location.setPort(m_port->value());
    location.setDatabase(m_database->text().trimmed());
    location.setUser(m_user->text().trimmed());
    location.setPassword(m_password->text());
    location.setOption(QStringLiteral("sslmode"), m_sslMode->currentData().toString());
    return location;
}
