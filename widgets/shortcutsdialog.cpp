#include "shortcutsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

void addMenu(QTreeWidget *tree, QMenu *menu, QTreeWidgetItem *parent)
{
    for (QAction *action : menu->actions()) {
        if (QMenu *sub = action->menu()) {
            addMenu(tree, sub, parent);
            continue;
        }
        if (action->shortcut().isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, withoutMnemonic(action->text()));
        item->setText(1, action->shortcut().toString(QKeySequence::NativeText));
    }
}

} // namespace

void showShortcuts(QMenuBar *menuBar, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("ShortcutsDialog", "Keyboard shortcuts"));
    auto *tree = new QTreeWidget(&dialog);
    tree->setObjectName(QStringLiteral("shortcutsTree"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({QCoreApplication::translate("ShortcutsDialog", "Command"),
                           QCoreApplication::translate("ShortcutsDialog", "Shortcut")});
    tree->setRootIsDecorated(false);
    for (QAction *action : menuBar->actions()) {
        QMenu *menu = action->menu();
        if (!menu)
            continue;
        auto *heading = new QTreeWidgetItem(tree);
        heading->setText(0, withoutMnemonic(action->text()));
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        addMenu(tree, menu, tree->invisibleRootItem());
        if (tree->topLevelItem(tree->topLevelItemCount() - 1) == heading)
            delete heading; // a menu without shortcuts
    }
    // Within a page: copying the selected rows of a table.
    auto *tables = new QTreeWidgetItem(tree);
    tables->setText(0, QCoreApplication::translate("ShortcutsDialog", "Copy the selected rows of a table"));
    tables->setText(1, QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText));
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(560, 520);
    dialog.exec();
}
