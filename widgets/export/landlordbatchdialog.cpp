#include "landlordbatchdialog.h"

#include "chartexportdialog.h"
#include "landlordbatch.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

LandlordBatchDialog::LandlordBatchDialog(FigureEngine *engine, qint64 waveId, const QString &language,
                                         QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_waveId(waveId)
    , m_language(language)
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose…"), this))
    , m_peers(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_write(m_buttons->addButton(tr("&Write the reports"), QDialogButtonBox::AcceptRole))
    , m_openFolder(m_buttons->addButton(tr("&Open the folder"), QDialogButtonBox::ActionRole))
{
    setWindowTitle(tr("Reports for every landlord"));
    m_folder->setText(lastExportFolder());
    m_peers->addItem(tr("Anonymous: the other landlords as \"Landlord A\", \"Landlord B\"…"),
                     int(PeerNames::Anonymous));
    m_peers->addItem(tr("Named: for the union's internal use"), int(PeerNames::Named));
    m_status->setWordWrap(true);
    m_progress->setValue(0);
    m_openFolder->setVisible(false);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Other landlords:"), m_peers);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One board pack per landlord of the wave, each named after its landlord. The "
                                "files appear only when every report is written."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_browse, &QPushButton::clicked, this, &LandlordBatchDialog::chooseFolder);
    connect(m_write, &QPushButton::clicked, this, &LandlordBatchDialog::writeReports);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder->text()));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LandlordBatchDialog::reject);
}

void LandlordBatchDialog::reject()
{
    // The batch runs inside writeReports(): the dialog stays until it has
    // cleaned up, then the user closes it.
    if (m_running)
        m_cancelRequested = true;
    else
        QDialog::reject();
}

void LandlordBatchDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the reports"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void LandlordBatchDialog::setRunning(bool running)
{
    m_running = running;
    m_write->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_peers->setEnabled(!running);
}

void LandlordBatchDialog::writeReports()
{
    const QString dir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    LandlordBatch batch(*m_engine, m_waveId, m_language, PeerNames(m_peers->currentData().toInt()));
    QString error;
    m_openFolder->setVisible(false);
    if (!batch.checkFolder(dir, LandlordBatch::Format::Pdf, &error)) {
        m_status->setText(error);
        return;
    }
    rememberExportFolder(QDir(dir).filePath(QStringLiteral("x")));
    const int total = int(batch.landlords().size());
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_status->setText(tr("Writing %n report(s)…", nullptr, total));
    m_cancelRequested = false;
    setRunning(true);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    // The packs draw charts, which live on this thread: events are handled
    // between two reports so that Cancel answers.
    QApplication::processEvents();
    QStringList written;
    bool cancelled = false;
    const bool ok = batch.run(dir, LandlordBatch::Format::Pdf,
                              [this](int done, int) {
                                  m_progress->setValue(done);
                                  QApplication::processEvents();
                                  return !m_cancelRequested;
                              },
                              &written, &error, &cancelled);
    QApplication::restoreOverrideCursor();
    setRunning(false);
    if (!ok) {
        m_progress->setValue(0);
        m_status->setText(cancelled ? tr("Cancelled: no report was written.") : error);
        return;
    }
    m_status->setText(tr("%n report(s) written to %1.", nullptr, int(written.size())).arg(QDir::toNativeSeparators(dir)));
    m_openFolder->setVisible(true);
    m_openFolder->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
}
