#include "duplicateids.h"

#include <QHashFunctions>

#include <algorithm>

namespace {

template<typename Visit>
void forEachId(QByteArrayView ids, const Visit &visit)
{
    int row = 0;
    for (qsizetype begin = 0; begin < ids.size(); ++row) {
        const qsizetype end = ids.indexOf('\n', begin);
        if (end > begin) // an empty line: an id refused already
            visit(row, ids.sliced(begin, end - begin));
        begin = end + 1;
    }
}

// The hashes that two ids or more have, sorted: the hashes alone go in a
// table of their own (open addressing, at most half full), far cheaper than
// a hash table of every id, and than sorting them all.
std::vector<std::size_t> sharedHashes(QByteArrayView ids, int rows)
{
    std::size_t size = 16;
    while (size < 2 * std::size_t(std::max(rows, 0)))
        size *= 2;
    // 0 marks a free slot: a hash 0 is counted apart.
    std::vector<std::size_t> table(size, 0);
    std::vector<bool> shared(size, false);
    std::vector<std::size_t> found;
    int zeros = 0;
    forEachId(ids, [&](int, QByteArrayView id) {
        const std::size_t hash = qHash(id);
        if (hash == 0) {
            if (++zeros == 2)
                found.push_back(0);
            return;
        }
        std::size_t slot = hash & (size - 1);
        while (table[slot] != 0 && table[slot] != hash)
            slot = (slot + 1) & (size - 1);
        if (table[slot] == 0) {
            table[slot] = hash;
        } else if (!shared[slot]) {
            shared[slot] = true;
            found.push_back(hash);
        }
    });
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

std::vector<DuplicateId> findDuplicateIds(QByteArrayView ids, int rows)
{
    const std::vector<std::size_t> shared = sharedHashes(ids, rows);
    std::vector<DuplicateId> duplicates;
    if (shared.empty())
        return duplicates;
    // (hash, row, id) of the rows whose hash is shared, rows in file order;
    // a shared hash, rare, sends back to the ids themselves.
    struct Candidate
    {
        std::size_t hash;
        int row;
        QByteArrayView id;
    };
    std::vector<Candidate> candidates;
    forEachId(ids, [&](int row, QByteArrayView id) {
        const std::size_t hash = qHash(id);
        if (std::binary_search(shared.begin(), shared.end(), hash))
            candidates.push_back({hash, row, id});
    });
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.hash < b.hash; });
    for (std::size_t i = 0; i < candidates.size();) {
        std::size_t j = i + 1;
        while (j < candidates.size() && candidates[j].hash == candidates[i].hash)
            ++j;
        for (std::size_t a = i + 1; a < j; ++a)
            for (std::size_t b = i; b < a; ++b)
                if (candidates[a].id == candidates[b].id) {
                    duplicates.push_back({candidates[a].row, candidates[b].row, candidates[a].id});
                    break;
                }
        i = j;
    }
    std::sort(duplicates.begin(), duplicates.end(),
              [](const DuplicateId &a, const DuplicateId &b) { return a.row < b.row; });
    return duplicates;
}
