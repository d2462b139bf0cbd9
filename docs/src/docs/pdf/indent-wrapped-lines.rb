# The PDF only (docs/print/pom.xml requires it in the render-the-pdf execution, before
# keep-short-blocks-together.rb): a listing line wider than the PDF's code column is broken
# here, at a space, and its continuation keeps the line's own indent plus two spaces.
# Asciidoctor PDF would wrap it itself, but starts the rest at column 0, where it reads as a
# line of its own (a transcript's output, a statement). The column holds about 103 characters
# of the theme's code font (book-theme.yml); 100 leaves a margin.
module IndentWrappedLines
  COLUMNS = 100

  def self.wrap(line)
    return [line] if line.length <= COLUMNS
    indent = line[/\A */] + '  '
    pieces = []
    rest = line
    while rest.length > COLUMNS
      cut = rest.rindex(' ', COLUMNS)
      cut = COLUMNS if cut.nil? || cut <= indent.length
      pieces << rest[0...cut].rstrip
      rest = indent + rest[cut..].lstrip
    end
    pieces << rest
  end
end

Asciidoctor::Extensions.register do
  tree_processor do
    process do |document|
      document.find_by { |block| block.context == :listing || block.context == :literal }.each do |block|
        next if block.lines.none? { |line| line.length > IndentWrappedLines::COLUMNS }
        block.lines.replace(block.lines.flat_map { |line| IndentWrappedLines.wrap line })
      end
      nil
    end
  end
end
