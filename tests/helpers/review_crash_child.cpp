// The child of edit_recovery_test: opens the annotations of a copy of the harbour-vote sample
// as the review window does, accepts its first span (journalled, not saved), says so and waits
// to be killed.
#include "annotation/annotation_document.h"
#include "ui/sample_annotations.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: review_crash_child PAGE\n");
        return 2;
    }
    const galley::test::SampleAnnotations sample = galley::test::harbourVoteAnnotations(app.arguments().at(1));
    galley::AnnotationDocument document;
    if (const auto opened = document.open(app.arguments().at(1), -1, sample.document.annotations); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    galley::Span accepted = document.set().spans.first();
    accepted.status = galley::ReviewStatus::Accepted;
    const auto edit = galley::updateSpan(document.set(), accepted);
    if (!edit || !document.apply(*edit)) {
        std::fprintf(stderr, "the edit was refused\n");
        return 1;
    }
    const char line[] = "journalled\n";
    if (::write(STDOUT_FILENO, line, sizeof line - 1) != sizeof line - 1)
        return 4;
    while (true)
        ::pause();
}
