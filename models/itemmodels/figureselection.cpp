#include "figureselection.h"

FigureSelection::FigureSelection(QObject *parent)
    : QObject(parent)
{
}

void FigureSelection::setWaveId(qint64 id)
{
    set(id, m_landlord, m_qpv, m_segmentColumn, m_segmentValue);
}

void FigureSelection::setLandlord(const QString &code)
{
    set(m_waveId, code, m_qpv, m_segmentColumn, m_segmentValue);
}

void FigureSelection::setQpvFilter(QpvFilter filter)
{
    set(m_waveId, m_landlord, filter, m_segmentColumn, m_segmentValue);
}

void FigureSelection::setSegment(const QString &column, const QString &value)
{
    set(m_waveId, m_landlord, m_qpv, column, column.isEmpty() ? QString() : value);
}

void FigureSelection::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    emit changed();
}

void FigureSelection::set(qint64 waveId, const QString &landlord, QpvFilter qpv,
                          const QString &segmentColumn, const QString &segmentValue)
{
    if (waveId == m_waveId && landlord == m_landlord && qpv == m_qpv
        && segmentColumn == m_segmentColumn && segmentValue == m_segmentValue)
        return;
    m_waveId = waveId;
    m_landlord = landlord;
    m_qpv = qpv;
    m_segmentColumn = segmentColumn;
    m_segmentValue = segmentValue;
    emit changed();
}
