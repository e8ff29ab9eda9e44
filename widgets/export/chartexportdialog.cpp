#include "chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace {

const char FolderKey[] = "export/folder";
const char FormatKey[] = "export/chartFormat";
const char WidthKey[] = "export/chartWidth";
const char HeightKey[] = "export/chartHeight";
const char DpiKey[] = "export/chartDpi";

struct Preset
{
    const char *name;
    int width;
    int height;
};

// Logical sizes at 96 per inch: slides first, where the charts go.
const Preset presets[] = {
    {QT_TRANSLATE_NOOP("ChartExportDialog", "Slide 16:9"), 1600, 900},
    {QT_TRANSLATE_NOOP("ChartExportDialog", "Slide 4:3"), 1200, 900},
    {QT_TRANSLATE_NOOP("ChartExportDialog", "A4 landscape"), 1123, 794},
    {QT_TRANSLATE_NOOP("ChartExportDialog", "A4 portrait"), 794, 1123},
};
constexpr int CustomPreset = int(std::size(presets));

QString suffix(ChartFileFormat format)
{
    switch (format) {
    case ChartFileFormat::Png: return QStringLiteral("png");
    case ChartFileFormat::Pdf: return QStringLiteral("pdf");
    case ChartFileFormat::Svg: return QStringLiteral("svg");
    case ChartFileFormat::Pptx: return QStringLiteral("pptx");
    }
    return QString();
}

} // namespace

QString lastExportFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QSettings().value(QLatin1String(FolderKey), documents).toString();
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void rememberExportFolder(const QString &path)
{
    QSettings().setValue(QLatin1String(FolderKey), QFileInfo(path).absolutePath());
}

ChartExportDialog::ChartExportDialog(const QString &baseName, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_pixels(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export the chart"));
    m_format->addItem(tr("PNG image (for slides and documents)"), int(ChartFileFormat::Png));
    m_format->addItem(tr("PDF document (vector, for print)"), int(ChartFileFormat::Pdf));
    m_format->addItem(tr("SVG drawing (vector, editable)"), int(ChartFileFormat::Svg));
    m_format->addItem(tr("PowerPoint slide (native chart, data editable)"), int(ChartFileFormat::Pptx));
    for (const Preset &preset : presets)
        m_preset->addItem(tr("%1 (%2 × %3)").arg(tr(preset.name)).arg(preset.width).arg(preset.height));
    m_preset->addItem(tr("Custom size"));
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(320, 8000);
        spin->setSuffix(tr(" px"));
    }
    m_dpi->setRange(72, 600);
    m_dpi->setSingleStep(48);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("192 dpi gives two image pixels per point: sharp on a slide and on a high-density screen"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    m_path->setMinimumWidth(380); // a whole path in view
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(QString(), sizeRow);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(QString(), m_pixels);
    // A row holding a layout gets no buddy: without one the "&" would show.
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    const QSettings settings;
    const ChartExportOptions defaults;
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.value(QLatin1String(FormatKey), 0).toInt())));
    m_width->setValue(settings.value(QLatin1String(WidthKey), defaults.logicalSize.width()).toInt());
    m_height->setValue(settings.value(QLatin1String(HeightKey), defaults.logicalSize.height()).toInt());
    m_dpi->setValue(settings.value(QLatin1String(DpiKey), defaults.dpi).toInt());
    int preset = CustomPreset;
    for (int i = 0; i < CustomPreset; ++i)
        if (presets[i].width == m_width->value() && presets[i].height == m_height->value())
            preset = i;
    m_preset->setCurrentIndex(preset);
    m_path->setText(QDir(lastExportFolder()).filePath(baseName + QLatin1Char('.') + suffix(format())));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::formatChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ChartExportDialog::presetChanged);
    for (QSpinBox *spin : {m_width, m_height, m_dpi})
        connect(spin, &QSpinBox::valueChanged, this, &ChartExportDialog::updateOk);
    connect(m_path, &QLineEdit::textChanged, this, &ChartExportDialog::updateOk);
    connect(browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);
    presetChanged();
    formatChanged();
}

ChartFileFormat ChartExportDialog::format() const
{
    return ChartFileFormat(m_format->currentData().toInt());
}

QString ChartExportDialog::path() const
{
    return m_path->text().trimmed();
}

ChartExportOptions ChartExportDialog::options() const
{
    ChartExportOptions options;
    options.logicalSize = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    return options;
}

void ChartExportDialog::formatChanged()
{
    // The file's extension follows the format.
    const QString current = path();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + suffix(format())));
    }
    m_dpi->setEnabled(format() == ChartFileFormat::Png);
    m_preset->setEnabled(format() != ChartFileFormat::Pptx); // a slide is always 16:9
    updateOk();
}

void ChartExportDialog::presetChanged()
{
    const int index = m_preset->currentIndex();
    const bool custom = index == CustomPreset;
    if (!custom) {
        m_width->setValue(presets[index].width);
        m_height->setValue(presets[index].height);
    }
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    updateOk();
}

void ChartExportDialog::updateOk()
{
    if (format() == ChartFileFormat::Png) {
        const QSize pixels = options().logicalSize * options().pixelRatio();
        m_pixels->setText(tr("Image of %1 × %2 pixels").arg(pixels.width()).arg(pixels.height()));
    } else if (format() == ChartFileFormat::Pptx) {
        m_pixels->setText(tr("A PowerPoint chart: restyle it and edit its data in PowerPoint"));
    } else {
        m_pixels->setText(tr("Vector: sharp at any size; text stays text"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chartFileFormat(path()).has_value());
}

void ChartExportDialog::browse()
{
    const QString filter = format() == ChartFileFormat::Png ? tr("PNG images (*.png)")
                           : format() == ChartFileFormat::Pdf ? tr("PDF documents (*.pdf)")
                           : format() == ChartFileFormat::Pptx ? tr("PowerPoint presentations (*.pptx)")
                                                               : tr("SVG drawings (*.svg)");
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export the chart"), path(), filter, nullptr,
                                                  QFileDialog::DontConfirmOverwrite); // asked on Export
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().compare(suffix(format()), Qt::CaseInsensitive) != 0)
        chosen += QLatin1Char('.') + suffix(format());
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void ChartExportDialog::accept()
{
    // Typed rather than browsed: the overwrite question is ours to ask.
    if (QFileInfo::exists(path())
        && QMessageBox::question(this, tr("Export the chart"),
                                 tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path())),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    QSettings settings;
    settings.setValue(QLatin1String(FormatKey), int(format()));
    settings.setValue(QLatin1String(WidthKey), m_width->value());
    settings.setValue(QLatin1String(HeightKey), m_height->value());
    settings.setValue(QLatin1String(DpiKey), m_dpi->value());
    rememberExportFolder(path());
    QDialog::accept();
}
