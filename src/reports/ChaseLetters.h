#pragma once

#include "store/ActionRepository.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Chasing overdue actions before the meeting: one e-mail draft per owner (an .eml file that mail
// programs open as an unsent message, or a mailto: link) and a printable list of every owner's
// overdue actions.
namespace ChaseLetters {

QString subject(const QString& committee, const QDate& today);
// The letter's text: the owner's overdue actions, each with its reference, due date and the
// meeting it came from, and a request for an update before `nextMeeting` (when known).
QString body(const ActionRepository::ChaseGroup& group, const QString& committee, const QDate& today, const QDate& nextMeeting);
// An RFC 5322 message marked as a draft (X-Unsent: 1), UTF-8, CRLF line ends.
QByteArray eml(const ActionRepository::ChaseGroup& group, const QString& committee, const QDate& today, const QDate& nextMeeting);
QUrl mailto(const ActionRepository::ChaseGroup& group, const QString& committee, const QDate& today, const QDate& nextMeeting);
// Every owner's overdue actions as HTML for printing (QTextDocument).
QString printableHtml(const QList<ActionRepository::ChaseGroup>& groups, const QString& committee, const QDate& today);

// Writes one .eml per owner into `folder`; returns the files written, or sets `error` (a message
// for a person) and returns what was written before the failure.
QStringList writeDrafts(const QList<ActionRepository::ChaseGroup>& groups, const QString& folder, const QString& committee,
                        const QDate& today, const QDate& nextMeeting, QString* error);

} // namespace ChaseLetters
