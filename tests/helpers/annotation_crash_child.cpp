// The child of annotation_crash_test: opens an annotation file and applies scripted edits
// until it is killed, saving every N edits. After each edit is durably journalled it prints
// its number; around each save it prints "save" and "saved".
#include "annotation/annotation_document.h"
#include "core/scripted_edits.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace {

void say(const QByteArray &line)
{
    const QByteArray text = line + '\n';
    // Straight to the pipe, unbuffered: what the test reads is what happened before the kill.
    if (::write(STDOUT_FILENO, text.constData(), size_t(text.size())) != text.size())
        std::exit(4);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: annotation_crash_child ANNOTATION_FILE SAVE_EVERY\n");
        return 2;
    }
    const qint64 saveEvery = arguments.at(2).toLongLong();
    galley::AnnotationDocument document;
    const auto opened = document.open(arguments.at(1), -1, scripted_edits::freshSet());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    say("ready " + QByteArray::number(document.lastSequence()));
    while (true) {
        const qint64 n = document.lastSequence() + 1;
        const auto applied = document.apply(scripted_edits::edit(document.set(), n));
        if (!applied) {
            std::fprintf(stderr, "edit %lld: %s\n", qlonglong(n), qPrintable(applied.error().message));
            return 1;
        }
        say(QByteArray::number(n));
        if (n % saveEvery == 0) {
            say("save");
            if (const auto saved = document.save(); !saved) {
                std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
                return 1;
            }
            say("saved");
        }
    }
}
