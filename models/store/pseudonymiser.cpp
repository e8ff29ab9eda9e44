#include "pseudonymiser.h"

// SHA-256's own state (deprecated in OpenSSL 3, still there): copied by
// value for each id. EVP_MD_CTX_copy_ex() allocates, copies and frees the
// provider's state twice per id, more than the two hashes themselves cost
// (a third of a 40,000-respondent import's pseudonyms).
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <cstring>

struct Pseudonymiser::Context
{
    SHA256_CTX sha;
    ~Context() { OPENSSL_cleanse(&sha, sizeof sha); }
};

namespace {

constexpr int BlockBytes = 64;   // SHA-256's block
constexpr int PseudonymBytes = 16;

} // namespace

Pseudonymiser::Pseudonymiser() = default;

Pseudonymiser::~Pseudonymiser()
{
    delete m_inner;
    delete m_outer;
}

QByteArray Pseudonymiser::newKey()
{
    QByteArray key(KeyBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), KeyBytes) != 1)
        return {};
    return key;
}

bool Pseudonymiser::setKey(const QByteArray &key)
{
    delete m_inner;
    delete m_outer;
    m_inner = m_outer = nullptr;
    if (key.size() < 16 || key.size() > BlockBytes)
        return false;
    // RFC 2104: H((K ^ opad) || H((K ^ ipad) || m)).
    unsigned char ipad[BlockBytes], opad[BlockBytes];
    std::memset(ipad, 0x36, BlockBytes);
    std::memset(opad, 0x5c, BlockBytes);
    for (qsizetype i = 0; i < key.size(); ++i) {
        ipad[i] ^= uchar(key[i]);
        opad[i] ^= uchar(key[i]);
    }
    auto *inner = new Context;
    auto *outer = new Context;
    const bool ok = SHA256_Init(&inner->sha) == 1 && SHA256_Update(&inner->sha, ipad, BlockBytes) == 1
                    && SHA256_Init(&outer->sha) == 1 && SHA256_Update(&outer->sha, opad, BlockBytes) == 1;
    std::memset(ipad, 0, BlockBytes);
    std::memset(opad, 0, BlockBytes);
    if (!ok) {
        delete inner;
        delete outer;
        return false;
    }
    m_inner = inner;
    m_outer = outer;
    return true;
}

QString Pseudonymiser::pseudonym(QByteArrayView id) const
{
    Context work;
    QByteArray out;
    if (!appendPseudonym(work, id, out))
        return {};
    return QString::fromLatin1(out);
}

bool Pseudonymiser::appendPseudonym(Context &work, QByteArrayView id, QByteArray &out) const
{
    Q_ASSERT(isValid());
    unsigned char digest[SHA256_DIGEST_LENGTH];
    work.sha = m_inner->sha;
    if (SHA256_Update(&work.sha, id.data(), std::size_t(id.size())) != 1 || SHA256_Final(digest, &work.sha) != 1)
        return false;
    work.sha = m_outer->sha;
    if (SHA256_Update(&work.sha, digest, SHA256_DIGEST_LENGTH) != 1 || SHA256_Final(digest, &work.sha) != 1)
        return false;
    // base64url without padding: 16 bytes, 22 characters (the last one
    // carries 2 bits), as QByteArray::toBase64() would write them.
    static const char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char text[22];
    int n = 0;
    for (int i = 0; i + 3 <= PseudonymBytes; i += 3) {
        const unsigned v = (unsigned(digest[i]) << 16) | (unsigned(digest[i + 1]) << 8) | digest[i + 2];
        text[n++] = Alphabet[(v >> 18) & 63];
        text[n++] = Alphabet[(v >> 12) & 63];
        text[n++] = Alphabet[(v >> 6) & 63];
        text[n++] = Alphabet[v & 63];
    }
    const unsigned last = digest[PseudonymBytes - 1];
    text[n++] = Alphabet[last >> 2];
    text[n++] = Alphabet[(last & 3) << 4];
    out.append(text, n);
    return true;
}

QString Pseudonymiser::pseudonymiseLines(QByteArrayView ids) const
{
    return QString::fromLatin1(pseudonymiseLineBytes(ids));
}

QByteArray Pseudonymiser::pseudonymiseLineBytes(QByteArrayView ids) const
{
    QByteArray out;
    out.reserve(ids.size() / 4 * 23 + 23);
    Context work;
    for (qsizetype begin = 0; begin <= ids.size();) {
        qsizetype end = ids.indexOf('\n', begin);
        if (end < 0)
            end = ids.size();
        if (begin > 0)
            out.append('\n');
        if (!appendPseudonym(work, ids.sliced(begin, end - begin), out))
            return {};
        begin = end + 1;
    }
    return out;
}
