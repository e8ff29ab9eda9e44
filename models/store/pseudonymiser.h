#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

/// Turns respondent ids into pseudonyms: HMAC-SHA-256 keyed by the store's
/// own random secret, truncated to 128 bits and written in base64url (22
/// characters). The same id gives the same pseudonym within a store, so
/// duplicates are still found within and across files, but the id itself is
/// never stored, and pseudonyms of two stores cannot be matched.
class Pseudonymiser
{
public:
    Pseudonymiser();
    ~Pseudonymiser();
    Pseudonymiser(const Pseudonymiser &) = delete;
    Pseudonymiser &operator=(const Pseudonymiser &) = delete;

    static constexpr int KeyBytes = 32;

    /// A new random key (OpenSSL's RAND_bytes), or empty on failure.
    static QByteArray newKey();

    bool setKey(const QByteArray &key);
    bool isValid() const { return m_inner != nullptr; }

    QString pseudonym(QByteArrayView id) const;
    /// ids joined by '\n' in, their pseudonyms joined by '\n' out.
    QString pseudonymiseLines(QByteArrayView ids) const;
    /// The same as bytes (the pseudonyms are ASCII); empty on failure.
    QByteArray pseudonymiseLineBytes(QByteArrayView ids) const;

private:
    struct Context;
    // Appends the id's 22 characters to out; false on an OpenSSL failure.
    bool appendPseudonym(Context &work, QByteArrayView id, QByteArray &out) const;
    // The SHA-256 states after the inner and outer padded keys: each id then
    // costs two copies and two short hashes, not a key set-up.
    Context *m_inner = nullptr;
    Context *m_outer = nullptr;
};
