#include "importdialogs.h"

#include "codebook.h"
#include "publishedreader.h"
#include "readers/tablereader.h"
#include "store.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const char LastFolderKey[] = "import/lastFolder";

// The context of these functions' strings in the translation catalogues.
struct ImportDialogs
{
    Q_DECLARE_TR_FUNCTIONS(ImportDialogs)
};

QString tableFilter()
{
    return ImportDialogs::tr("Table files (*.csv *.tsv *.txt *.xlsx);;All files (*)");
}

// Opens the file for reading; on failure adds the reason to errors.
std::unique_ptr<TableReader> openTable(const QString &path, std::vector<ReadError> *errors)
{
    ReadError error;
    std::unique_ptr<TableReader> reader = createTableReader(path, ReadOptions{}, &error);
    if (!reader) {
        errors->push_back(error);
        return nullptr;
    }
    if (!reader->open()) {
        errors->push_back(reader->error());
        return nullptr;
    }
    return reader;
}

} // namespace

QString chooseImportFile(QWidget *parent, const QString &caption, const QString &filter)
{
    QSettings settings;
    const QString folder = settings.value(QLatin1String(LastFolderKey), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(parent, caption, folder, filter);
    if (!path.isEmpty())
        settings.setValue(QLatin1String(LastFolderKey), QFileInfo(path).absolutePath());
    return path;
}

void showReadErrors(QWidget *parent, const QString &title, const QString &intro,
                    const std::vector<ReadError> &errors, bool moreErrors)
{
    QStringList lines;
    for (const ReadError &e : errors)
        lines << e.toString();
    if (moreErrors)
        lines << ImportDialogs::tr("(more errors not shown)");

    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("readErrorsDialog"));
    dialog.setWindowTitle(title);
    auto *label = new QLabel(intro, &dialog);
    label->setWordWrap(true);
    auto *text = new QPlainTextEdit(lines.join(QLatin1Char('\n')), &dialog);
    text->setObjectName(QStringLiteral("errorsText"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setBuddy(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto *copy = buttons->addButton(ImportDialogs::tr("&Copy the errors"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyErrorsButton"));
    QObject::connect(copy, &QPushButton::clicked, &dialog, [lines] {
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 360);
    dialog.exec();
}

bool importCodebookFile(Store *store, const QString &path, QWidget *parent)
{
    const QString title = ImportDialogs::tr("Import a codebook");
    const QString fileName = QFileInfo(path).fileName();
    std::vector<ReadError> errors;
    Codebook codebook;
    if (auto reader = openTable(path, &errors))
        codebook = Codebook::read(*reader, &errors);
    if (!errors.empty()) {
        showReadErrors(parent, title,
                       ImportDialogs::tr("%1 cannot be imported as a codebook. Nothing was written to the store.")
                           .arg(fileName),
                       errors);
        return false;
    }
    if (!store->saveQuestions(codebook)) {
        QMessageBox::critical(parent, title, store->error().message);
        return false;
    }
    QMessageBox::information(
        parent, title, ImportDialogs::tr("Saved %n question(s) from %1.", nullptr, codebook.size()).arg(fileName));
    return true;
}

bool importPublishedFile(Store *store, const QString &path, QWidget *parent)
{
    const QString title = ImportDialogs::tr("Import published figures");
    const QString fileName = QFileInfo(path).fileName();
    std::vector<ReadError> errors;
    QList<PublishedFigure> figures;
    if (auto reader = openTable(path, &errors))
        figures = readPublishedFigures(*reader, store->codebook(), &errors);
    if (!errors.empty()) {
        showReadErrors(parent, title,
                       ImportDialogs::tr("%1 cannot be imported as published figures. Nothing was written to the store.")
                           .arg(fileName),
                       errors);
        return false;
    }
    if (!store->savePublishedFigures(figures)) {
        QMessageBox::critical(parent, title, store->error().message);
        return false;
    }
    QMessageBox::information(
        parent, title,
        ImportDialogs::tr("Saved %n published figure(s) from %1.", nullptr, int(figures.size())).arg(fileName));
    return true;
}

bool importCodebookInteractively(Store *store, QWidget *parent)
{
    const QString path = chooseImportFile(parent, ImportDialogs::tr("Import a codebook"), tableFilter());
    return !path.isEmpty() && importCodebookFile(store, path, parent);
}

bool importPublishedInteractively(Store *store, QWidget *parent)
{
    const QString path = chooseImportFile(parent, ImportDialogs::tr("Import published figures"), tableFilter());
    return !path.isEmpty() && importPublishedFile(store, path, parent);
}
