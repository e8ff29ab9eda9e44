#pragma once

#include <QWidget>

class FigureSelection;
class QComboBox;
class QToolButton;
class QLabel;
class Store;

/// The filter bar above every page: wave, landlord, QPV and a segment. It
/// writes the shared FigureSelection and remembers the last choices.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(FigureSelection *selection, QWidget *parent = nullptr);

    /// Refills the choices from the store (after opening it, an import or a
    /// deletion) and restores the remembered ones where they still exist.
    void setStore(Store *store);
    void reload();
    /// Back to the whole latest wave: all landlords, all tenants, no segment.
    void resetFilters();

    QComboBox *waveCombo() const { return m_wave; }
    QComboBox *landlordCombo() const { return m_landlord; }
    QComboBox *qpvCombo() const { return m_qpv; }
    QComboBox *segmentColumnCombo() const { return m_segmentColumn; }
    QComboBox *segmentValueCombo() const { return m_segmentValue; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillWaveDependentChoices();
    void fillSegmentValues();
    enum LastChoice { SegmentChosen, LandlordChosen };
    void keepSegmentsOnOwnLandlord(LastChoice last);
    void apply();
    void remember() const;

    FigureSelection *m_selection;
    Store *m_store = nullptr;
    QLabel *m_waveLabel;
    QLabel *m_landlordLabel;
    QLabel *m_qpvLabel;
    QLabel *m_segmentLabel;
    QComboBox *m_wave;
    QComboBox *m_landlord;
    QComboBox *m_qpv;
    QComboBox *m_segmentColumn;
    QComboBox *m_segmentValue;
    QToolButton *m_reset;
    bool m_filling = false;
};
