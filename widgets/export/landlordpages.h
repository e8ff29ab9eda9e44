#pragma once

// The pages a landlord's board pack adds to the regional one: its scores
// beside the region's with the gap and significance, and its rank among its
// peers, who stay anonymous unless the pack names them. Internal to the
// board pack.

#include "storetypes.h"

#include <QLocale>
#include <QPair>
#include <QRectF>
#include <QStandardItemModel>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class Codebook;
class LandlordBenchmark;
class TablePainter;
class WaveSummary;
QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

/// How a report shows the other landlords (cli.md `--peers`).
enum class PeerNames { Anonymous, Named };

/// One page of a pack, painted inside the page's margins.
using PackPage = std::function<void(QPainter *, const QRectF &content)>;

class LandlordPages
{
public:
    /// landlord: the code of the pack's landlord, or empty for a regional
    /// pack (then only the peers page, anonymous or named, is made).
    LandlordPages(const WaveInfo &wave, const WaveSummary &summary, const LandlordBenchmark &benchmark,
                  const Codebook &codebook, const QString &landlord, PeerNames peers, const QString &language,
                  const QLocale &locale, qreal width);
    ~LandlordPages();

    /// Appends the comparison pages (a landlord's pack) and the peers page.
    void addPages(std::vector<PackPage> &pages, const QRectF &content) const;
    /// What the methodology page says about these pages.
    QList<QPair<QString, QString>> methodSections() const;

    /// The name the pack gives landlord index l of the wave: its code when
    /// it is the pack's landlord or peers are named, else "Landlord X".
    QString peerName(int l) const;

private:
    void fillComparison(const Codebook &codebook, const QString &language);
    void fillPeers(const Codebook &codebook, const QString &language);
    void addTablePages(std::vector<PackPage> &pages, const QRectF &content, const QString &title,
                       const QString &subtitle, const std::shared_ptr<TablePainter> &table) const;

    WaveInfo m_wave;
    const WaveSummary &m_summary;
    const LandlordBenchmark &m_benchmark;
    QString m_landlord;
    int m_landlordIndex = -1;
    PeerNames m_peers;
    QLocale m_locale;
    QStringList m_letters;
    QString m_globalLabel;
    QString m_rankLine;
    QStandardItemModel m_comparison;
    QStandardItemModel m_peerTable;
    std::shared_ptr<TablePainter> m_comparisonTable;
    std::shared_ptr<TablePainter> m_peerTablePainter;
};
