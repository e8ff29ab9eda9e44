#pragma once

#include "storetypes.h"
#include "waveweighting.h"
#include "weightingreport.h"

#include <QDialog>
#include <QLocale>

#include <optional>

class MarginsChart;
class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Store;
struct WaveData;

/// "Pondération": rake a wave to a population margins file (survey-files.md
/// section 6), see what it does to the weights and the sample's distribution,
/// then apply or cancel; or go back to the file's weights.
class WeightingDialog : public QDialog
{
    Q_OBJECT

public:
    WeightingDialog(Store *store, const WaveInfo &wave, const QLocale &locale, QWidget *parent = nullptr);
    ~WeightingDialog() override;

    /// Rakes to this file at once (tests, screenshots).
    void chooseMargins(const QString &path);

private:
    void browse();
    void recompute();
    void apply();
    void reset();
    void showReport(const WeightingReport &report);
    bool save(const std::vector<double> *raked);

    Store *m_store;
    WaveInfo m_wave;
    QLocale m_locale;
    std::unique_ptr<WaveData> m_data; ///< with the file's weights
    QString m_marginsPath;
    std::optional<WaveWeighting> m_weighting;

    QLineEdit *m_file;
    QCheckBox *m_trim;
    QDoubleSpinBox *m_trimLow;
    QDoubleSpinBox *m_trimHigh;
    QLabel *m_status;
    QTableWidget *m_statistics;
    MarginsChart *m_chart;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    QPushButton *m_reset;
};
