# Each diagram's SVG, as PlantUML wrote it, made fit for every edition (the pages, the PDF, the
# EPUB) once asciidoctor-diagram has written it and before the document is converted:
#
# * A white plate with rounded corners behind the drawing. PlantUML draws dark text and arrows
#   on a transparent background, which vanish on the dark theme's page (#0d1117) or an
#   e-reader's night mode; CSS from the page cannot reach into an SVG shown with <img>, so the
#   background goes into the SVG itself, where every reader and renderer sees it.
# * Ids made unique. PlantUML gives the start pseudo-state of a state diagram the id of the
#   first state (ent0002 twice in socket-states.svg): invalid XML ids, an error to epubcheck
#   (RSC-005). A repeated id gets a suffix; nothing in the SVG points at those ids by url().
#
# Both changes are idempotent: asciidoctor-diagram keeps an SVG whose source did not change,
# and the next build finds it already fixed.
require 'asciidoctor'
require 'asciidoctor/extensions'

module SocketsBook
  class DiagramSvgs < ::Asciidoctor::Extensions::Treeprocessor
    PLATE = %(<rect class='book-plate' fill='#FFFFFF' height='100%' rx='8' ry='8' width='100%' x='0' y='0'/>)

    def process document
      document.find_by(context: :image) {|image| (image.attr 'target').to_s.end_with? '.svg' }.each do |image|
        file = svg_file document, image
        next unless file
        svg = ::File.read file, mode: 'r:UTF-8'
        fixed = SocketsBook::DiagramSvgs.fix svg
        ::File.write file, fixed, mode: 'w:UTF-8' unless fixed == svg
      end
      nil
    end

    # The plate first, so that everything is drawn on it; then every id once.
    def self.fix svg
      svg = svg.sub(%r{(<svg\b[^>]*>(?:<defs/>|<defs>.*?</defs>)?)}m) { %(#{$1}#{PLATE}) } unless svg.include? "class='book-plate'"
      seen = ::Hash.new 0
      svg.gsub(/\bid='([^']*)'/) do
        count = (seen[$1] += 1)
        count == 1 ? %(id='#{$1}') : %(id='#{$1}-#{count}')
      end
    end

    # Where asciidoctor-diagram wrote the SVG: imagesoutdir if set, else the images folder
    # beside the output.
    def svg_file document, image
      target = image.attr 'target'
      dirs = [document.attr('imagesoutdir'),
              ::File.join(document.options[:to_dir] || document.attr('outdir') || document.base_dir,
                          document.attr('imagesdir') || '')].compact
      dirs.map {|dir| ::File.join dir, ::File.basename(target) }.find {|file| ::File.file? file }
    end
  end
end

Asciidoctor::Extensions.register do
  treeprocessor SocketsBook::DiagramSvgs
end
