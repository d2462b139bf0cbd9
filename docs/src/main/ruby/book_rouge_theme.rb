# The code colours of the PDF and the EPUB (rouge-style=book in docs/print/pom.xml): the pages'
# light palette (docinfo.html), where Rouge's stock "github" style has comments in #999988
# (2.7:1) and a program's output in #888888 (3.3:1). Every colour here keeps a contrast of at
# least 4.5:1 on the code background, #f7f8fa, and on white (TheCodeColoursTest reads this file).
# Nothing is bold but what the reader types; comments are italic.
require 'rouge'

module SocketsBook
  class RougeTheme < ::Rouge::CSSTheme
    name 'book'

    TEXT = '#1f2328'
    COMMENT = '#505a64'
    KEYWORD = '#b3102a'
    STRING = '#0a3069'
    NUMBER = '#0550ae'
    TYPE = '#8a3300'
    FUNCTION = '#6639ba'
    ANNOTATION = '#6f3a00'
    PROMPT = '#57606a'
    COMMAND = '#0b3d6b'
    OUTPUT = '#2f363d'
    TYPED = '#116329'

    style Text, fg: TEXT, bg: '#f7f8fa'
    style Text::Whitespace, Error, Name, Name::Attribute, Name::Variable, Name::Variable::Class,
          Name::Variable::Global, Name::Variable::Instance, Name::Tag, Name::Entity, Name::Other,
          Operator, Punctuation, fg: TEXT
    style Comment, Comment::Multiline, Comment::Single, Comment::Special, Comment::Preproc,
          Comment::PreprocFile, Comment::Doc, fg: COMMENT, italic: true
    style Keyword, Keyword::Constant, Keyword::Declaration, Keyword::Namespace, Keyword::Pseudo,
          Keyword::Reserved, Keyword::Variable, Operator::Word, fg: KEYWORD
    style Keyword::Type, Name::Class, Name::Namespace, Name::Exception, Name::Builtin,
          Name::Builtin::Pseudo, fg: TYPE
    style Literal::String, Literal::String::Affix, Literal::String::Backtick, Literal::String::Char,
          Literal::String::Doc, Literal::String::Double, Literal::String::Escape,
          Literal::String::Heredoc, Literal::String::Interpol, Literal::String::Other,
          Literal::String::Regex, Literal::String::Single, Literal::String::Symbol,
          Literal::String::Delimiter, fg: STRING
    style Literal::Number, Literal::Number::Float, Literal::Number::Hex, Literal::Number::Integer,
          Literal::Number::Integer::Long, Literal::Number::Oct, Literal::Number::Bin,
          Name::Constant, fg: NUMBER
    style Name::Function, Name::Function::Magic, fg: FUNCTION
    style Name::Decorator, Name::Label, fg: ANNOTATION
    # A transcript (book_extensions.rb's lexer): the prompt, the command, what the reader types
    # into the program, and what the program prints.
    style Generic::Prompt, fg: PROMPT
    style Generic::Strong, fg: COMMAND, bold: true
    style Generic::Inserted, Generic::Emph, fg: TYPED, bold: true
    style Generic::Output, fg: OUTPUT
    style Generic::Heading, Generic::Subheading, fg: COMMAND
    style Generic::Deleted, Generic::Error, Generic::Traceback, fg: KEYWORD
  end
end
