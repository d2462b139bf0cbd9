# The PDF only (docs/print/pom.xml requires it in the render-the-pdf execution): a listing or a
# transcript short enough to fit on a page is kept on one page, so that a command is never on
# one page and its output on the next. Asciidoctor PDF splits code blocks where a page ends
# unless a block has the unbreakable option; setting it here spares every chapter from
# writing [%unbreakable] on each block. A longer block still breaks, as it must.
Asciidoctor::Extensions.register do
  tree_processor do
    process do |document|
      document.find_by { |block| block.context == :listing || block.context == :literal }.each do |block|
        block.set_option 'unbreakable' if block.lines.size <= 40 && !block.option?('breakable')
      end
      nil
    end
  end
end
