#pragma once

#include <QDialog>

class FigureEngine;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

/// File → Reports for every landlord…: a folder, anonymous or named peers,
/// then one PDF per landlord of the wave with a progress bar. Cancel leaves
/// nothing behind; when done, the folder can be opened.
class LandlordBatchDialog : public QDialog
{
    Q_OBJECT

public:
    LandlordBatchDialog(FigureEngine *engine, qint64 waveId, const QString &language, QWidget *parent = nullptr);

    QLineEdit *folderEdit() const { return m_folder; }
    QComboBox *peersCombo() const { return m_peers; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *writeButton() const { return m_write; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QLabel *statusLabel() const { return m_status; }
    /// Asks a running batch to stop (as the Cancel button does).
    void cancel() { m_cancelRequested = true; }

    /// Writes the reports into the folder (the Write button).
    void writeReports();

    /// Escape or the window's close button: cancels a running batch first.
    void reject() override;

private:
    void chooseFolder();
    void setRunning(bool running);

    FigureEngine *m_engine;
    qint64 m_waveId;
    QString m_language;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QComboBox *m_peers;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_write;
    QPushButton *m_openFolder;
    bool m_running = false;
    bool m_cancelRequested = false;
};
