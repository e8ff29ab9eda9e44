#include "boardpackdialog.h"

#include "chartexportdialog.h"
#include "figureselection.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace {

constexpr char TitleKey[] = "boardPack/title";
constexpr char LogoKey[] = "boardPack/logo";

// Lower-case ASCII words joined by dashes: "Habitat du Nord" → "habitat-du-nord".
QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if ((c.isSpace() || c.isPunct()) && !out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

QString BoardPackDialog::defaultFileName(const FigureSelection &selection, int year)
{
    QStringList parts{tr("satisfecit-board-pack", "default file name, no spaces or accents")};
    if (year > 0)
        parts << QString::number(year);
    if (!selection.landlord().isEmpty())
        parts << slug(selection.landlord());
    if (selection.qpvFilter() == FigureSelection::QpvFilter::Qpv)
        parts << tr("qpv", "file name part, no spaces or accents");
    else if (selection.qpvFilter() == FigureSelection::QpvFilter::HorsQpv)
        parts << tr("outside-qpv", "file name part, no spaces or accents");
    if (!selection.segmentColumn().isEmpty())
        parts << slug(selection.segmentValue());
    parts.removeAll(QString());
    return parts.join(QLatin1Char('-'));
}

BoardPackDialog::BoardPackDialog(const FigureSelection &selection, int year, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_logo(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_removeLogo(new QPushButton(tr("&Remove"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Board pack"));
    m_title->setPlaceholderText(tr("Tenant satisfaction survey", "board pack title"));
    m_title->setToolTip(tr("The title on the cover; empty for \"%1\"").arg(m_title->placeholderText()));
    m_logo->setReadOnly(true);
    m_logo->setPlaceholderText(tr("No logo"));
    m_path->setMinimumWidth(380);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write"));

    auto *chooseLogo = new QPushButton(tr("&Choose…"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_removeLogo);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    // Rows holding a layout get no buddy: without one the "&" would show.
    auto *logoLabel = new QLabel(tr("&Logo:"), this);
    logoLabel->setBuddy(chooseLogo);
    form->addRow(logoLabel, logoRow);
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    const QSettings settings;
    m_title->setText(settings.value(QLatin1String(TitleKey)).toString());
    const QString logo = settings.value(QLatin1String(LogoKey)).toString();
    if (QFileInfo(logo).isReadable())
        m_logo->setText(QDir::toNativeSeparators(logo));
    m_path->setText(QDir::toNativeSeparators(
        QDir(lastExportFolder()).filePath(defaultFileName(selection, year) + QStringLiteral(".pdf"))));

    connect(chooseLogo, &QPushButton::clicked, this, &BoardPackDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, m_logo, &QLineEdit::clear);
    connect(m_logo, &QLineEdit::textChanged, this, &BoardPackDialog::updateOk);
    connect(m_path, &QLineEdit::textChanged, this, &BoardPackDialog::updateOk);
    connect(browse, &QPushButton::clicked, this, &BoardPackDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BoardPackDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BoardPackDialog::reject);
    updateOk();
}

BoardPackOptions BoardPackDialog::options() const
{
    return {m_title->text().trimmed(), QDir::fromNativeSeparators(m_logo->text())};
}

QString BoardPackDialog::path() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    // The PowerPoint deck when .pptx is typed or chosen; the PDF otherwise.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("pptx"))
        path += QStringLiteral(".pdf");
    return path;
}

void BoardPackDialog::accept()
{
    QSettings settings;
    settings.setValue(QLatin1String(TitleKey), m_title->text().trimmed());
    settings.setValue(QLatin1String(LogoKey), QDir::fromNativeSeparators(m_logo->text()));
    rememberExportFolder(path());
    QDialog::accept();
}

void BoardPackDialog::chooseLogo()
{
    const QString start = m_logo->text().isEmpty() ? lastExportFolder() : QFileInfo(m_logo->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Logo"), start,
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!file.isEmpty())
        m_logo->setText(QDir::toNativeSeparators(file));
}

void BoardPackDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Board pack"), path(), tr("PDF documents (*.pdf);;PowerPoint presentations (*.pptx)"));
    if (!file.isEmpty())
        m_path->setText(QDir::toNativeSeparators(file));
}

void BoardPackDialog::updateOk()
{
    m_removeLogo->setEnabled(!m_logo->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
}
