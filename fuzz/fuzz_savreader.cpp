// libFuzzer target: SavReader on arbitrary bytes saved as a .sav file.
// Run through scripts/fuzz; seeds in fuzz/corpus/sav/.
#include "fuzzinput.h"
#include "savreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::MaxInput)
        return -1; // not added to the corpus
    const QString path = fuzz::inputPath("sav");
    if (!fuzz::writeInput(path, data, size))
        return 0;
    SavReader reader(path, ReadOptions{});
    fuzz::readAll(reader);
    return 0;
}
