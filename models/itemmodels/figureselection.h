#pragma once

#include <QObject>
#include <QString>

/// What the user is looking at: one wave, optionally one landlord (compared
/// with the region), QPV or hors QPV, and a value of a segment column. Every
/// item model follows one shared selection.
class FigureSelection : public QObject
{
    Q_OBJECT

public:
    enum class QpvFilter { All, Qpv, HorsQpv };
    Q_ENUM(QpvFilter)

    explicit FigureSelection(QObject *parent = nullptr);

    qint64 waveId() const { return m_waveId; }
    QString landlord() const { return m_landlord; }      ///< empty: all landlords
    QpvFilter qpvFilter() const { return m_qpv; }
    QString segmentColumn() const { return m_segmentColumn; } ///< empty: none
    QString segmentValue() const { return m_segmentValue; }
    QString language() const { return m_language; }      ///< "fr" or "en", for labels

    void setWaveId(qint64 id);
    void setLandlord(const QString &code);
    void setQpvFilter(QpvFilter filter);
    void setSegment(const QString &column, const QString &value);
    void setLanguage(const QString &language);

    /// Sets everything at once with one changed() signal.
    void set(qint64 waveId, const QString &landlord, QpvFilter qpv, const QString &segmentColumn,
             const QString &segmentValue);

signals:
    void changed();

private:
    qint64 m_waveId = 0;
    QString m_landlord;
    QpvFilter m_qpv = QpvFilter::All;
    QString m_segmentColumn;
    QString m_segmentValue;
    QString m_language = QStringLiteral("fr");
};
