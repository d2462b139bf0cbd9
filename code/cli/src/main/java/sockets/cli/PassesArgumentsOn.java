package sockets.cli;

/**
 * A command that hands what follows its own arguments to a program, untouched: once the first
 * positional argument is read, every word after it, {@code --help} too, is the program's.
 */
public interface PassesArgumentsOn {
}
