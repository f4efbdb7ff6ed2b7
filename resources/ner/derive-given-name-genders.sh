#!/bin/sh
# Derives resources/ner/given-name-genders.txt.gz ("male<TAB>name" / "female<TAB>name", lower case)
# from the US census first-name lists in Debian's libtext-names-perl (Artistic or GPL-1+), with
# that module's own decision rule (guessGender): names it cannot decide are left out.
#   apt-get install libtext-names-perl && resources/ner/derive-given-name-genders.sh
set -eu
out="$(dirname "$0")/given-name-genders.txt.gz"
perl -MText::Names=guessGender -e '
    Text::Names::prepareCommonNames();
    my %names = (%Text::Names::commonMaleFirstnames, %Text::Names::commonFemaleFirstnames);
    for my $name (sort keys %names) {
        my $gender = guessGender($name);
        next unless defined $gender;
        printf "%s\t%s\n", ($gender eq "M" ? "male" : "female"), lc $name;
    }' | gzip -9n > "$out"
echo "$out: $(zcat "$out" | wc -l) names"
