# Required by the EPUB's render (docs/print/pom.xml). It changes nothing in the output; it
# makes each Ruby `require` of the EPUB's backend cheap.
#
# AsciidoctorJ's jars list some gems twice (the same specification in two jars), so when
# RubyGems activates a backend it cannot pick one of two equal candidates for a dependency
# and leaves it "unresolved". While any dependency is unresolved, every later `require`
# searches every gem's files for the path, and here each file check is a class loader
# lookup: the EPUB's backend (gepub, mime-types, Sass: hundreds of files) took 30 s to load.
# Activating the backend and then each unresolved dependency, the newest matching version
# as RubyGems itself would, leaves none unresolved, and a require goes straight to the load
# path. The EPUB renders in about 25 s instead of 55 s (docs/README.adoc).
Gem::Specification.find_by_name('asciidoctor-epub3').activate
# A dependency's own dependencies may be left unresolved in turn: a few rounds at most.
5.times do
  break if Gem::Specification.unresolved_deps.empty?
  Gem::Specification.unresolved_deps.values.each { |dependency| dependency.to_spec.activate }
end
