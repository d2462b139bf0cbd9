# The PDF only (docs/print/pom.xml requires it in the render-the-pdf execution): a listing or a
# transcript short enough to fit on a page is kept on one page, so that a command is never on
# one page and its output on the next. Asciidoctor PDF splits code blocks where a page ends
# unless a block has the unbreakable option; setting it here spares every chapter from
# writing [%unbreakable] on each block. A longer block still breaks, as it must.
#
# A paragraph that opens a section and introduces such a block or a figure (it ends with a
# colon: "the listings below are its parts:") goes with it: both are put in one unbreakable
# open block. Otherwise the sentence stays at the foot of a page under its heading, and its
# listing starts the next: a page held only the heading and that sentence (13.2.2, "The event
# loop", was one).
#
# A section that opens with such a block gets the breakable option: Asciidoctor PDF then moves
# its heading to the next page when nothing after it fits below it on this one. Only these
# sections: asked of every heading (the theme's heading-min-height-after: auto), that trial
# rendering took the PDF from 2 min 22 s of CPU to 4 min 6 s (one render each, on this
# 2-core machine under a load of 10 to 16).
module KeepShortBlocksTogether
  # Index terms at the end of a line are no words of the paragraph.
  TRAILING_INDEX_TERMS = /(?:\s*(?:indexterm2?:\[[^\]]*\]|\(\(\(.*?\)\)\)))+\s*\z/

  def self.introduces?(paragraph)
    paragraph.lines.join("\n").sub(TRAILING_INDEX_TERMS, '').rstrip.end_with?(':')
  end
end

Asciidoctor::Extensions.register do
  tree_processor do
    process do |document|
      short = document.find_by { |block| block.context == :listing || block.context == :literal }.select do |block|
        block.lines.size <= 40 && !block.option?('breakable')
      end
      short.each { |block| block.set_option 'unbreakable' }
      # A figure never breaks: its introduction goes with it too.
      (short + document.find_by(context: :image)).each do |block|
        parent = block.parent
        # Only where the sentence opens a section: elsewhere a sentence at the foot of a page
        # is no orphan, and each block kept whole costs a trial rendering.
        next unless parent.context == :section && parent.blocks.index(block) == 1
        index = 1
        introduction = parent.blocks[0]
        next unless introduction.context == :paragraph && KeepShortBlocksTogether.introduces?(introduction)
        together = Asciidoctor::Block.new parent, :open
        together.set_option 'unbreakable'
        [introduction, block].each do |child|
          child.parent = together
          together << child
        end
        parent.blocks[index - 1, 2] = [together]
      end
      document.find_by(context: :section).each do |section|
        first = section.blocks.first
        section.set_option 'breakable' if first && (first.option?('unbreakable') || first.context == :image)
      end
      nil
    end
  end
end
