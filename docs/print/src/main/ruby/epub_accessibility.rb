# The EPUB's accessibility metadata (EPUB Accessibility 1.1, schema.org's terms), which
# asciidoctor-epub3 does not write: how the book can be read (text, with a text alternative for
# every picture), what helps (a table of contents, headings, alt text, no hazards). An e-reader
# or a store shows it to a reader who needs it. Added to the package once the converter has
# built it, before it is written.
require 'asciidoctor-epub3'

module SocketsBook
  module EpubAccessibility
    METADATA = [
      ['schema:accessMode', 'textual'],
      ['schema:accessMode', 'visual'],
      ['schema:accessModeSufficient', 'textual'],
      ['schema:accessibilityFeature', 'alternativeText'],
      ['schema:accessibilityFeature', 'structuralNavigation'],
      ['schema:accessibilityFeature', 'tableOfContents'],
      ['schema:accessibilityFeature', 'readingOrder'],
      ['schema:accessibilityHazard', 'none'],
      ['schema:accessibilitySummary', 'Text with headings and a table of contents; every diagram has ' \
        'a text alternative that says what it shows; code and transcripts are text.'],
    ].freeze

    def convert_document node
      result = super
      METADATA.each {|property, value| (@book.metadata.add_metadata 'meta', value)['property'] = property }
      result
    end
  end
end

Asciidoctor::Epub3::Converter.prepend SocketsBook::EpubAccessibility
