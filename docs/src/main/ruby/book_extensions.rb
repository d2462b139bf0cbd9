# The book's Asciidoctor extensions, loaded (<requires> in the root pom.xml's pluginManagement)
# into AsciidoctorJ's JRuby, for the pages, the single-page edition, the PDF and the EPUB alike. Asciidoctor is Ruby code;
# an extension in Ruby needs no build step and no dependency beyond AsciidoctorJ itself.
#
# * A transcript's lexer: only a line that starts with "$ " is a command the reader types,
#   and "> " a line the reader types into the running program; everything else is output.
# * Every listing included from a file says which file: its title gets the file's path.
# * On the HTML pages (html5 backend only): one h1 a page, the whole book in the sidebar,
#   previous/next always in reach, a skip link, tables that scroll in their own box, and
#   a search index of the page's sections for the offline search (search.js).
require 'asciidoctor'
require 'asciidoctor/extensions'
require 'fileutils'
require 'json'
require 'pathname'
require 'rouge'
require_relative 'diagram_svgs'
require_relative 'book_rouge_theme'

module SocketsBook
  # Rouge's own console lexer takes any line holding a $, #, > or ; for a prompt, so that
  # output such as "welcome, 127.0.0.1:50320; 1 other here" showed as a typed command. A
  # transcript (checked by sockets.testkit.Transcript) is simpler: its first line, and any
  # line starting with "$ ", is a shell command; a line starting with "> " is what the reader
  # types into the running program ("> [Enter]" and "> [Ctrl-D]" name keys); the rest is
  # what the program prints. It replaces Rouge's lexer for [source,console].
  class TranscriptLexer < ::Rouge::Lexers::ConsoleLexer
    tag 'console'
    aliases 'transcript'

    COMMAND = /\A\$ /
    TYPED = /\A> /
    KEY = /\A\[[A-Za-z-]+\]\s*\z/

    def process_line input, &output
      input.scan line_regex
      line = input[0]
      if (command = COMMAND.match line)
        output_lexer.reset!
        yield Generic::Prompt, command[0]
        yield Generic::Strong, command.post_match.chomp
        yield Text, "\n" if line.end_with? "\n"
      elsif (typed = TYPED.match line)
        output_lexer.reset!
        yield Generic::Prompt, typed[0]
        yield (KEY =~ typed.post_match ? Generic::Emph : Generic::Inserted), typed.post_match.chomp
        yield Text, "\n" if line.end_with? "\n"
      else
        output_lexer.continue_lex line, &output
      end
    end
  end

  # A listing made of include:: lines says which file it shows. With the sourcemap on,
  # Asciidoctor records where each block's first line came from; for an included listing
  # that is the included file. Its path from the repository root becomes part of the title:
  # "chapters/01-create-a-socket/src/main/java/sockets/ch01/SocketTour.java". Nobody writes
  # a caption by hand, and a title the chapter gives ("Terminal 1") is kept before it.
  class ListingCaptions < ::Asciidoctor::Extensions::Treeprocessor
    def process document
      root = repository_root document
      document.find_by(context: :listing) {|block| block.source_location }.each do |block|
        file = block.source_location.file
        next unless file && !file.end_with?('.adoc') && ::File.file?(file)
        path = root ? (::Pathname.new(file).relative_path_from root).to_s : ::File.basename(file)
        caption = '[.listing-file]#+' + path + '+#'
        # The raw title, not block.title, which has its substitutions applied already.
        given = block.instance_variable_get :@title
        block.title = given ? '[.listing-title]#' + given + '# ' + caption : caption
        block.set_attr 'listing-file', path
      end
      nil
    end

    # The folder above the chapters (the attribute the root pom.xml passes in).
    def repository_root document
      (chapters = document.attr 'chapters') ? (::Pathname.new ::File.expand_path chapters).parent : nil
    end
  end

  # What every HTML page of the book gets after it is converted.
  class Pages < ::Asciidoctor::Extensions::Postprocessor
    CHAPTER_LINE = /^\* link:(\d\d-[^\[]+)\.html\[\*(.+?)\*\]/

    def process document, output
      return output unless document.backend == 'html5'
      output = one_h1(output)
      output = scrolling_tables(output)
      output = skip_link(output)
      output = sidebar(document, output)
      output = page_arrows(output)
      output = landmarks(output)
      output = no_kindle_media(output)
      write_search_index document, output unless document.attr? 'the-whole-book'
      output
    end

    # A chapter page's title is its chapter's heading, an h2 under the page's hidden title:
    # every heading moves one level up, so that each page has one h1 and no level skipped.
    def one_h1 output
      return output if output.include? '<h1'
      output.gsub(%r{<(/?)h([2-6])\b}) { %(<#{$1}h#{$2.to_i - 1}) }
    end

    # A wide table (the Java-to-C system-call tables) scrolls in its own box, not the page.
    def scrolling_tables output
      output.gsub(%r{<table\b[^>]*class="tableblock.*?</table>}m) {|table| %(<div class="table-scroll">#{table}</div>) }
    end

    def skip_link output
      output.sub(/(<body[^>]*>)/) { %(#{$1}\n<a class="skip-link" href="#content">Skip to the text</a>) }
    end

    # The whole book in the sidebar: every chapter, this page's own contents under its entry,
    # the search box above. The chapters come from _chapter-list.adoc, which BookPages writes.
    def sidebar document, output
      list = ::File.join document.base_dir, '_chapter-list.adoc'
      return output unless ::File.file? list
      chapters = (::File.read list).scan(CHAPTER_LINE)
      this_page = %(#{document.attr 'docname'}.html)
      whole_book = document.attr? 'the-whole-book'
      own_toc = output[%r{<div id="toc" class="toc2">.*?</ul>\n</div>}m]
      entry = lambda do |href, label, extra = ''|
        current = href == this_page || (whole_book && href == 'the-whole-book.html')
        %(<li#{current ? ' class="current"' : ''}><a href="#{href}"#{current ? ' aria-current="page"' : ''}>#{label}</a>#{current ? extra : ''}</li>)
      end
      own = own_toc ? own_toc.sub(%r{\A<div id="toc" class="toc2">\n}, '').sub(%r{</div>\z}, '') : ''
      # A chapter page's contents open with the chapter's own heading ("4. Accept"), right
      # under its entry in the list ("04 Accept"): its sections go there directly instead.
      own = own.sub(%r{<ul class="sectlevel1">\n<li><a href="#ch\d\d">[^<]*</a>\n(<ul class="sectlevel2">\n.*</ul>)\n</li>\n</ul>\n?\z}m) { $1 }
      items = [entry.call('index.html', 'Contents', own)]
      chapters.each {|name, label| items << entry.call(%(#{name}.html), label, own) }
      items << entry.call('figures.html', 'Figures', own)
      items << entry.call('the-whole-book.html', 'The whole book on one page', own)
      nav = <<~HTML.chomp
        <div id="toc" class="toc2">
        <nav class="book-nav" aria-label="The book">
        <div class="book-search" role="search"><label for="book-search-input">Search the book</label>
        <input id="book-search-input" type="search" placeholder="Search the book (press /)" autocomplete="off">
        <ol id="book-search-results" class="book-search-results" aria-live="polite"></ol></div>
        <details class="book-contents" open><summary>The book's chapters</summary>
        <ul class="book-chapters">
        #{items.join "\n"}
        </ul>
        </details>
        </nav>
        </div>
      HTML
      if own_toc
        output.sub(own_toc) { nav }
      else
        output = output.sub(/<body class="([^"]*)"/) { %(<body class="#{$1} toc2 toc-left") }
        output.sub(/(<div id="header">\n)/) { %(#{$1}#{nav}\n) }
      end
    end

    # Previous and next, in reach wherever the reader is on the page: fixed at the window's
    # edges (and the arrow keys, see docinfo-footer.html). The links are the chapter-nav bar's.
    def page_arrows output
      bar = output[%r{<div class="paragraph chapter-nav">.*?</div>}m] or return output
      prev = bar[%r{<span class="prev"><a href="([^"]*)"[^>]*>(.*?)</a>}m, 1]
      prev_label = $2
      nxt = bar[%r{<span class="next"><a href="([^"]*)"[^>]*>(.*?)</a>}m, 1]
      next_label = $2
      arrows = []
      arrows << %(<a class="page-arrow prev" rel="prev" href="#{prev}" title="#{arrow_label prev_label}" aria-label="Previous: #{arrow_label prev_label}">‹</a>) if prev
      arrows << %(<a class="page-arrow next" rel="next" href="#{nxt}" title="#{arrow_label next_label}" aria-label="Next: #{arrow_label next_label}">›</a>) if nxt
      return output if arrows.empty?
      output.sub(%r{(<div id="footer">)}) { %(<nav class="page-arrows" aria-label="Previous and next">#{arrows.join}</nav>\n#{$1}) }
    end

    # Every part of the page in a landmark, for a screen reader's "jump to main" and axe's
    # region rule: the text (and its footnotes) is the page's one main; the header with the
    # title and the sidebar is its banner; the footer its contentinfo.
    def landmarks output
      output = output.sub(%r{<div id="content">}) { %(<main id="main">\n<div id="content">) }
      output = output.sub(%r{(\n)(<nav class="page-arrows"|<div id="footer">)}) { %(\n</main>#{$1}#{$2}) }
      output = output.sub(%r{<div id="header">}) { %(<header id="header">) }
      output = output.sub(%r{(<header id="header">.*?)</div>(\n<main id="main">)}m) { %(#{$1}</header>#{$2}) }
      output.sub(%r{<div id="footer">(.*?</div>\n)</div>}m) { %(<footer id="footer">#{$1}</footer>) }
    end

    # Asciidoctor's default stylesheet has rules for the Kindle's media type, amzn-kf8, which no
    # browser knows and the Nu Html Checker reports as an error: the print rule stays print's.
    def no_kindle_media output
      output.gsub('@media amzn-kf8,print{', '@media print{').gsub(/@media amzn-kf8\{[^{}]*\{[^{}]*\}\}/, '')
    end

    # The page's sections for the offline search: search/PAGE.js, loaded by search.js (in
    # docinfo-footer.html) with a script tag, which works from file:// where fetch does not.
    def write_search_index document, output
      to_dir = document.options[:to_dir] or return
      # After landmarks: the footer is a <footer> by now (a <div> before).
      content = output[%r{<div id="content">.*(?=<(?:div|footer) id="footer">)}m] or return
      content = content.gsub(%r{<div class="paragraph chapter-nav.*?</div>}m, '')
      page = %(#{document.attr 'docname'}.html)
      sections = []
      title = strip(output[%r{<title>(.*?)</title>}m, 1] || page).sub(/ · .*\z/, '')
      current = { 'id' => '', 'title' => title, 'text' => +'' }
      content.split(%r{(<h[1-4] id="[^"]*"[^>]*>.*?</h[1-4]>)}m).each do |part|
        if (heading = part.match %r{\A<h[1-4] id="([^"]*)"[^>]*>(.*?)</h[1-4]>\z}m)
          sections << current unless current['text'].strip.empty? && current['id'].empty?
          current = { 'id' => heading[1], 'title' => strip(heading[2]), 'text' => +'' }
        else
          current['text'] << ' ' << strip(part)
        end
      end
      sections << current
      sections.each {|section| section['text'] = section['text'].gsub(/\s+/, ' ').strip }
      dir = ::File.join to_dir, 'search'
      ::FileUtils.mkdir_p dir
      ::File.write ::File.join(dir, %(#{document.attr 'docname'}.js)),
          %(bookSearch.add(#{page.to_json}, #{title.to_json}, #{sections.to_json});\n)
    end

    def arrow_label html
      strip(html).delete('‹›').strip.gsub('"', '&quot;')
    end

    def strip html
      return '' unless html
      text = html.gsub(%r{<a class="anchor"[^>]*></a>}, '').gsub(/<[^>]+>/, ' ')
      text = text.gsub(/&#(\d+);/) { [$1.to_i].pack 'U' }.gsub(/&#x(\h+);/) { [$1.hex].pack 'U' }
      text.gsub('&lt;', '<').gsub('&gt;', '>').gsub('&quot;', '"').gsub('&nbsp;', ' ').gsub('&amp;', '&')
          .gsub(/\s+/, ' ').strip
    end
  end
end

Asciidoctor::Extensions.register do
  treeprocessor SocketsBook::ListingCaptions
  postprocessor SocketsBook::Pages
end
