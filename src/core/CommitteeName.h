#pragma once

#include <QString>
#include <QStringList>

// A committee's name as documents print it ("AUDIT COMMITTEE", "The Audit Committee", "Children's
// PDS Cttee", "Adults O&S Committee") and as the database knows it. Two names are the same
// committee when they differ only in case, punctuation, a leading "the", "&" for "and", or the
// usual abbreviations (PDS, O&S, OSC, Cttee, Sub-Cttee).
namespace CommitteeName {

// The name reduced to what tells committees apart: lower case, abbreviations written out, no
// punctuation, no leading "the". Equal keys mean the same committee.
QString key(const QString& name);

bool same(const QString& a, const QString& b);

// The entry of `known` that is the same committee as `name`, else an empty string. `shortNames`,
// when given, holds each known committee's short name (same order; empty where it has none).
QString match(const QString& name, const QStringList& known, const QStringList& shortNames = {});

} // namespace CommitteeName
