#include "weightingdialog.h"

#include "charts/marginschart.h"
#include "codebook.h"
#include "marginsreader.h"
#include "store.h"
#include "wavesummary.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

WeightingDialog::WeightingDialog(Store *store, const WaveInfo &wave, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_wave(wave)
    , m_locale(locale)
    , m_file(new QLineEdit(this))
    , m_trim(new QCheckBox(tr("Keep the weights between"), this))
    , m_trimLow(new QDoubleSpinBox(this))
    , m_trimHigh(new QDoubleSpinBox(this))
    , m_status(new QLabel(this))
    , m_statistics(new QTableWidget(5, 2, this))
    , m_chart(new MarginsChart(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Weighting"));
    if (std::optional<WaveData> data = store->loadWave(wave.id, true))
        m_data = std::make_unique<WaveData>(std::move(*data));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Weight the wave %1 %2 (%n respondent(s)) so that it matches population counts "
                                "by landlord, QPV or any segment column: a margins file with the columns "
                                "variable, value and count.", nullptr, wave.respondentCount)
                                 .arg(wave.year).arg(wave.scope), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("Margins file:"), this));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    fileRow->addWidget(m_file, 1);
    auto *browse = new QPushButton(tr("&Choose…"), this);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    auto *trimRow = new QHBoxLayout;
    for (QDoubleSpinBox *box : {m_trimLow, m_trimHigh}) {
        box->setLocale(locale);
        box->setDecimals(2);
        box->setRange(0.0, 1e9);
        box->setEnabled(false);
    }
    m_trimLow->setValue(0.3);
    m_trimHigh->setValue(3.0);
    trimRow->addWidget(m_trim);
    trimRow->addWidget(m_trimLow);
    trimRow->addWidget(new QLabel(tr("and"), this));
    trimRow->addWidget(m_trimHigh);
    trimRow->addStretch();
    layout->addLayout(trimRow);

    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_statistics->setHorizontalHeaderLabels({tr("File's weights"), tr("Raked weights")});
    m_statistics->setVerticalHeaderLabels({tr("Minimum"), tr("Maximum"), tr("Coefficient of variation"),
                                           tr("Design effect"), tr("Effective size")});
    m_statistics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statistics->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_statistics->verticalHeader()->setDefaultSectionSize(26);
    m_statistics->setFixedHeight(5 * 26 + m_statistics->horizontalHeader()->sizeHint().height() + 4);
    m_statistics->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_statistics);
    layout->addWidget(m_chart, 1);

    m_apply = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_reset = m_buttons->addButton(tr("Back to the &file's weights"), QDialogButtonBox::ResetRole);
    m_apply->setEnabled(false);
    m_reset->setEnabled(!wave.marginsFile.isEmpty());
    layout->addWidget(m_buttons);
    if (!wave.marginsFile.isEmpty())
        m_status->setText(tr("This wave is raked to %1; the file's weights are kept.").arg(wave.marginsFile));

    connect(browse, &QPushButton::clicked, this, &WeightingDialog::browse);
    connect(m_trim, &QCheckBox::toggled, this, [this](bool on) {
        m_trimLow->setEnabled(on);
        m_trimHigh->setEnabled(on);
        recompute();
    });
    connect(m_trimLow, &QDoubleSpinBox::valueChanged, this, &WeightingDialog::recompute);
    connect(m_trimHigh, &QDoubleSpinBox::valueChanged, this, &WeightingDialog::recompute);
    connect(m_apply, &QPushButton::clicked, this, &WeightingDialog::apply);
    connect(m_reset, &QPushButton::clicked, this, &WeightingDialog::reset);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 820);
}

WeightingDialog::~WeightingDialog() = default;

void WeightingDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Population margins"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        chooseMargins(path);
}

void WeightingDialog::chooseMargins(const QString &path)
{
    m_marginsPath = path;
    m_file->setText(QDir::toNativeSeparators(path));
    recompute();
}

void WeightingDialog::recompute()
{
    m_weighting.reset();
    m_apply->setEnabled(false);
    if (m_marginsPath.isEmpty() || !m_data)
        return;
    const auto fail = [this](const QString &message) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020"));
        m_status->setText(message);
    };
    ReadError error;
    const std::optional<Margins> margins = readMarginsFile(m_marginsPath, &error);
    if (!margins)
        return fail(error.toString());
    RakingOptions options;
    if (m_trim->isChecked()) {
        if (m_trimHigh->value() <= m_trimLow->value())
            return fail(tr("The upper bound must be above the lower one."));
        options.trimLower = m_trimLow->value();
        options.trimUpper = m_trimHigh->value();
    }
    QString message;
    m_weighting = computeWeighting(*m_data, *margins, options, &message);
    if (!m_weighting)
        return fail(message);
    const std::optional<CalibrationCategories> categories = matchMargins(*m_data, *margins, nullptr);
    showReport(weightingReport(m_data->weights, m_weighting->weights, *margins, *categories, m_weighting->passes));
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Raked in %n pass(es). Standard errors will account for the weighting.", nullptr,
                         m_weighting->passes));
    m_apply->setEnabled(true);
}

void WeightingDialog::showReport(const WeightingReport &report)
{
    const auto set = [this](int row, int column, double value, int decimals) {
        auto *item = new QTableWidgetItem(m_locale.toString(value, 'f', decimals));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_statistics->setItem(row, column, item);
    };
    const WeightStatistics *stats[2] = {&report.before, &report.after};
    for (int column = 0; column < 2; ++column) {
        set(0, column, stats[column]->min, 3);
        set(1, column, stats[column]->max, 3);
        set(2, column, stats[column]->cv, 3);
        set(3, column, stats[column]->designEffect, 3);
        set(4, column, stats[column]->effectiveSize, 0);
    }
    m_chart->setReport(report, m_locale);
}

bool WeightingDialog::save(const std::vector<double> *raked)
{
    WaveData data = *m_data;
    if (raked)
        data.weights = *raked;
    const Codebook codebook = m_store->codebook();
    const QByteArray summary = WaveSummary::build(data, globalColumn(data, codebook), &codebook).serialize();
    const bool ok = raked ? m_store->saveWeighting(m_wave.id, *m_weighting, summary)
                          : m_store->clearWeighting(m_wave.id, summary);
    if (!ok)
        QMessageBox::critical(this, windowTitle(), m_store->error().message);
    return ok;
}

void WeightingDialog::apply()
{
    if (m_weighting && save(&m_weighting->weights))
        accept();
}

void WeightingDialog::reset()
{
    if (save(nullptr))
        accept();
}
