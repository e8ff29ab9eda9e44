#pragma once

#include "storelocation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// File → Connect to a server…: the host, port, database and user of a
/// store on a PostgreSQL server, and the password, asked for each time and
/// never saved (an empty password leaves it to ~/.pgpass or PGPASSFILE).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /// Fills the fields (the password stays empty); message, when given,
    /// says why the dialog is shown (the last attempt's error).
    void setLocation(const StoreLocation &location, const QString &message = QString());
    /// The server's location, with the password typed.
    StoreLocation location() const;

private:
    void updateButtons();

    QLabel *m_message = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    StoreLocation m_initial;
};
