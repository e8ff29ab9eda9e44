#include "filterbar.h"

#include "appsettings.h"

#include "figureselection.h"
#include "segmentnames.h"
#include "smallsegments.h"
#include "store.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>
#include <QSignalBlocker>

namespace {

const char WaveKey[] = "filters/wave";
const char LandlordKey[] = "filters/landlord";
const char QpvKey[] = "filters/qpv";
const char SegmentColumnKey[] = "filters/segmentColumn";
const char SegmentValueKey[] = "filters/segmentValue";

// Selects the item whose data equals value; keeps the current one otherwise.
void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

FilterBar::FilterBar(FigureSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_waveLabel(new QLabel(this))
    , m_landlordLabel(new QLabel(this))
    , m_qpvLabel(new QLabel(this))
    , m_segmentLabel(new QLabel(this))
    , m_wave(new QComboBox(this))
    , m_landlord(new QComboBox(this))
    , m_qpv(new QComboBox(this))
    , m_segmentColumn(new QComboBox(this))
    , m_segmentValue(new QComboBox(this))
    , m_reset(new QToolButton(this))
{
    setObjectName(QStringLiteral("FilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    const auto add = [layout](QLabel *label, QWidget *field) {
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
        layout->addSpacing(10);
    };
    add(m_waveLabel, m_wave);
    add(m_landlordLabel, m_landlord);
    add(m_qpvLabel, m_qpv);
    add(m_segmentLabel, m_segmentColumn);
    layout->addWidget(m_segmentValue);
    layout->addSpacing(10);
    layout->addWidget(m_reset);
    layout->addStretch(1);
    m_reset->setObjectName(QStringLiteral("resetFilters"));
    m_reset->setAutoRaise(true);
    connect(m_reset, &QToolButton::clicked, this, &FilterBar::resetFilters);
    m_wave->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_landlord->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_segmentValue->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_qpv->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its items change with the language
    // As wide as their longest item when there is room, narrower (the
    // text cut, the list whole) rather than a window wider than a 1024 px
    // screen: a minimum width overrides the contents' minimum size.
    // With a segment and its value chosen too (tst_overviewtiles).
    m_wave->setMinimumWidth(150);
    m_landlord->setMinimumWidth(120);
    m_qpv->setMinimumWidth(100);
    m_segmentColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_segmentColumn->setMinimumWidth(100);
    m_segmentValue->setMinimumWidth(80);
    m_qpv->addItem(QString(), int(FigureSelection::QpvFilter::All));
    m_qpv->addItem(QString(), int(FigureSelection::QpvFilter::Qpv));
    m_qpv->addItem(QString(), int(FigureSelection::QpvFilter::HorsQpv));
    retranslate();

    connect(m_wave, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillWaveDependentChoices();
        apply();
    });
    connect(m_segmentColumn, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillSegmentValues();
        keepSegmentsOnOwnLandlord(SegmentChosen);
        apply();
    });
    connect(m_landlord, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        keepSegmentsOnOwnLandlord(LandlordChosen);
        apply();
    });
    for (QComboBox *combo : {m_qpv, m_segmentValue})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                apply();
        });
}

void FilterBar::setStore(Store *store)
{
    m_store = store;
    reload();
}

void FilterBar::reload()
{
    m_filling = true;
    const QSettings &settings = appSettings();
    m_wave->clear();
    if (m_store)
        for (const WaveInfo &w : m_store->waves())
            m_wave->addItem(w.isDemo ? tr("%1 — %2 (demo data)").arg(w.year).arg(w.scope)
                                     : tr("%1 — %2").arg(w.year).arg(w.scope),
                            w.id);
    // The most recent wave unless another was chosen last time.
    m_wave->setCurrentIndex(m_wave->count() - 1);
    selectData(m_wave, settings.value(QLatin1String(WaveKey)));
    selectData(m_qpv, settings.value(QLatin1String(QpvKey)));
    fillWaveDependentChoices();
    selectData(m_landlord, settings.value(QLatin1String(LandlordKey)));
    selectData(m_segmentColumn, settings.value(QLatin1String(SegmentColumnKey)));
    fillSegmentValues();
    selectData(m_segmentValue, settings.value(QLatin1String(SegmentValueKey)));
    keepSegmentsOnOwnLandlord(SegmentChosen);
    m_filling = false;
    m_segmentColumn->setToolTip(m_store && !m_store->sessionLandlord().isEmpty()
                                    ? tr("With a segment, the figures are those of %1: this account "
                                         "cannot read the other landlords' respondents")
                                          .arg(m_store->sessionLandlord())
                                    : QString());
    setEnabled(m_wave->count() > 0);
    apply();
}

void FilterBar::resetFilters()
{
    m_filling = true;
    m_wave->setCurrentIndex(m_wave->count() - 1);
    m_qpv->setCurrentIndex(0);
    fillWaveDependentChoices();
    m_landlord->setCurrentIndex(0);
    m_segmentColumn->setCurrentIndex(0);
    fillSegmentValues();
    m_filling = false;
    apply();
}

// A landlord's user of a server store reads its own landlord's respondents
// only: a segment of the whole region cannot be computed, and its own
// respondents must not be shown under the region's name. With a segment the
// landlord is its own; back to the whole region, the segment goes.
void FilterBar::keepSegmentsOnOwnLandlord(LastChoice last)
{
    const QString own = m_store ? m_store->sessionLandlord() : QString();
    if (own.isEmpty() || m_segmentColumn->currentData().toString().isEmpty()
        || m_landlord->currentData().toString() == own)
        return;
    const bool wasFilling = m_filling;
    m_filling = true;
    if (last == SegmentChosen) {
        selectData(m_landlord, own);
    } else {
        m_segmentColumn->setCurrentIndex(0);
        fillSegmentValues();
    }
    m_filling = wasFilling;
}

void FilterBar::fillWaveDependentChoices()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QVariant landlord = m_landlord->currentData();
    const QVariant column = m_segmentColumn->currentData();
    m_landlord->clear();
    m_landlord->addItem(tr("Whole region"), QString());
    m_segmentColumn->clear();
    m_segmentColumn->addItem(tr("No segment"), QString());
    const qint64 waveId = m_wave->currentData().toLongLong();
    if (m_store && waveId > 0) {
        for (const QString &code : m_store->landlordCodes(waveId))
            m_landlord->addItem(code, code);
        for (const WaveData::SegmentColumn &s : m_store->segmentColumns(waveId))
            m_segmentColumn->addItem(segmentDisplayName(s.name, m_selection->language()), s.name);
    }
    selectData(m_landlord, landlord);
    selectData(m_segmentColumn, column);
    fillSegmentValues();
    m_filling = wasFilling;
}

void FilterBar::fillSegmentValues()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QVariant value = m_segmentValue->currentData();
    m_segmentValue->clear();
    const QString column = m_segmentColumn->currentData().toString();
    const qint64 waveId = m_wave->currentData().toLongLong();
    if (m_store && !column.isEmpty()) {
        for (const WaveData::SegmentColumn &s : m_store->segmentColumns(waveId)) {
            if (s.name != column)
                continue;
            // Values seen by too few respondents are offered as one group.
            const SegmentGroups groups = segmentGroups(s.dictionary, m_store->segmentValueCounts(waveId, s.name));
            QStringList values = groups.names;
            if (groups.hasOthers)
                values.removeLast();
            values.sort(Qt::CaseInsensitive);
            for (const QString &v : values)
                m_segmentValue->addItem(v.isEmpty() ? tr("(empty)") : v, v);
            if (groups.hasOthers)
                m_segmentValue->addItem(groups.names.last(), groups.names.last());
        }
    }
    selectData(m_segmentValue, value);
    m_segmentValue->setEnabled(!column.isEmpty());
    m_segmentValue->setVisible(!column.isEmpty());
    m_filling = wasFilling;
}

void FilterBar::apply()
{
    const QString column = m_segmentColumn->currentData().toString();
    m_selection->set(m_wave->currentData().toLongLong(), m_landlord->currentData().toString(),
                     FigureSelection::QpvFilter(m_qpv->currentData().toInt()), column,
                     column.isEmpty() ? QString() : m_segmentValue->currentData().toString());
    remember();
}

void FilterBar::remember() const
{
    // Written from the event loop, after the change is painted (appsettings.h).
    QSettings &settings = appSettings();
    settings.setValue(QLatin1String(WaveKey), m_wave->currentData());
    settings.setValue(QLatin1String(LandlordKey), m_landlord->currentData());
    settings.setValue(QLatin1String(QpvKey), m_qpv->currentData());
    settings.setValue(QLatin1String(SegmentColumnKey), m_segmentColumn->currentData());
    settings.setValue(QLatin1String(SegmentValueKey), m_segmentValue->currentData());
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_waveLabel->setText(tr("&Wave"));
    m_landlordLabel->setText(tr("&Landlord"));
    m_qpvLabel->setText(tr("&Neighbourhood"));
    m_segmentLabel->setText(tr("S&egment"));
    m_qpv->setItemText(0, tr("All tenants"));
    m_qpv->setItemText(1, tr("QPV"));
    m_qpv->setItemText(2, tr("Outside QPV"));
    m_reset->setText(tr("Reset filters"));
    m_reset->setToolTip(tr("Back to the latest wave, the whole region, all tenants, no segment (Ctrl+0)"));
}
