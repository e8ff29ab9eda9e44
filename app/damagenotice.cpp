#include "damagenotice.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

bool offerReimport(QWidget *parent, const QString &message)
{
    // The store's messages are the command line's: lower case first.
    QString text = message;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("DamageNotice", "The store is damaged"), text,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("damageBox"));
    box.setInformativeText(QCoreApplication::translate(
        "DamageNotice", "The figures of this wave cannot be trusted and are not shown. Import the wave's file "
                        "again to repair it: the damaged copy is replaced."));
    QPushButton *reimport =
        box.addButton(QCoreApplication::translate("DamageNotice", "Import the file again…"), QMessageBox::AcceptRole);
    reimport->setObjectName(QStringLiteral("reimportButton"));
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(reimport);
    box.exec();
    return box.clickedButton() == reimport;
}
