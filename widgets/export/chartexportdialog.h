#pragma once

#include "chartexport.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

/// Export of one chart from the window: the format (PNG, PDF, SVG), the
/// size (slide presets or custom), the PNG resolution and the file. Every
/// choice is remembered for the next export; the file name is proposed from
/// baseName in the last folder used.
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChartExportDialog(const QString &baseName, QWidget *parent = nullptr);

    QString path() const;
    ChartExportOptions options() const;

    void accept() override;

private:
    void browse();
    void formatChanged();
    void presetChanged();
    void updateOk();
    ChartFileFormat format() const;

    QComboBox *m_format;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLabel *m_pixels;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
};

/// The folder of the last export (charts, tables, board packs), or the
/// user's documents; rememberExportFolder() stores the folder of path.
QString lastExportFolder();
void rememberExportFolder(const QString &path);
