#pragma once

#include "annotation/annotation_set.h"

namespace galley {

struct Article;
class NerModel;
struct Page;

// Annotations from the entity model alone, for the review window until the full detector
// pipeline is wired in: one span per PER/ORG/LOC/MISC mention (text quote, and DOM range on
// HTML-based pages) and clusters of mentions that name the same entity ("Marta Lindqvist",
// "Lindqvist").
AnnotationSet entityAnnotations(const Article &article, const Page &page, const NerModel &model);

// The same with the shipped model (loaded once, on first use); an empty set without spans when
// the model cannot be loaded.
AnnotationSet entityAnnotations(const Article &article, const Page &page);

} // namespace galley
