// libFuzzer target: TextReader on arbitrary bytes saved as a .csv file.
// Run through scripts/fuzz; seeds in fuzz/corpus/text/.
#include "fuzzinput.h"
#include "textreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::MaxInput)
        return -1; // not added to the corpus
    const QString path = fuzz::inputPath("csv");
    if (!fuzz::writeInput(path, data, size))
        return 0;
    TextReader reader(path, ReadOptions{});
    fuzz::readAll(reader);
    return 0;
}
