// libFuzzer target: XlsxReader on arbitrary bytes saved as a .xlsx file.
// Run through scripts/fuzz; seeds in fuzz/corpus/xlsx/.
#include "fuzzinput.h"
#include "xlsxreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::MaxInput)
        return -1; // not added to the corpus
    const QString path = fuzz::inputPath("xlsx");
    if (!fuzz::writeInput(path, data, size))
        return 0;
    XlsxReader reader(path, ReadOptions{});
    fuzz::readAll(reader);
    return 0;
}
