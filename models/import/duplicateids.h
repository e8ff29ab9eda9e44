#pragma once

#include <QByteArrayView>

#include <vector>

struct DuplicateId
{
    int row;            ///< 0-based, in the ids' order
    int firstRow;       ///< the first row with the same id
    QByteArrayView id;  ///< in the ids given
};

/// The respondents whose id an earlier respondent already has, by row. ids:
/// rows ids, each followed by '\n' (an empty line: no id, never a duplicate).
std::vector<DuplicateId> findDuplicateIds(QByteArrayView ids, int rows);
