#pragma once

#include "figuremodel.h"
#include "shares.h"

#include <optional>
#include <vector>

/// Shares of the options of yes/no and single-choice questions (or of one
/// question, any type): the selected group, QPV and hors QPV side by side,
/// their gap and whether it is significant at 95 %, and the published share
/// where the wave has one. Every filter applies: landlord and segment to all
/// three groups, the QPV filter to the group and to which side is shown.
class ShareModel : public FigureModel
{
    Q_OBJECT

public:
    enum Column { Code, Question, Option, All, Qpv, HorsQpv, Gap, Published, NAll, NQpv, NHorsQpv, ColumnCount };

    ShareModel(FigureEngine *engine, FigureSelection *selection, QObject *parent = nullptr);

    /// One question only (any type: a satisfaction question gives its four
    /// answers); empty: every yes/no and single-choice question.
    void setQuestionCode(const QString &code);
    QString questionCode() const { return m_code; }
    /// The codes of the questions in the rows, in order.
    QStringList questionCodes() const;

    struct Row
    {
        QString code;
        QString label;
        int option = 0;              ///< 1-based
        QString optionCode;
        QString optionLabel;
        OptionShare all, qpv, horsQpv;
        ShareFigure allBase, qpvBase, horsQpvBase; ///< the groups (n, n_eff), options left empty
        bool qpvShown = true, horsQpvShown = true;
        std::optional<bool> significant;           ///< QPV vs hors QPV
        std::optional<double> published;           ///< published share, in percent
        QString source;
        std::optional<double> gap() const;         ///< QPV − hors QPV, when both are shown
    };
    const std::vector<Row> &rowData() const { return m_rows; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;
    int rows() const override { return int(m_rows.size()); }

private:
    QString shareText(double value) const;    ///< "44 %"
    QString shareToolTip(const Row &row, int column) const;

    QString m_code;
    std::vector<Row> m_rows;
};
