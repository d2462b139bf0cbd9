@echo off
rem The workbook's command line on Windows: workbook COMMAND in cmd, .\workbook COMMAND in
rem PowerShell (workbook --help lists them). It finds a JDK 25 and starts sockets.cli.Workbook
rem (code/cli), which builds first when a source is newer than the build. ./workbook is the
rem same for Linux and macOS.
setlocal
cd /d "%~dp0"
call "%~dp0.mvn\find-jdk.cmd"
if errorlevel 1 exit /b 1
if not exist "code\cli\target\classpath.txt" (
  echo building the workbook ^(the first time takes a few minutes^)... 1>&2
  call "%~dp0mvnw.cmd" -q -DskipTests -pl "!docs,!docs/print" process-classes 1>&2
  if errorlevel 1 (
    echo The build failed; the messages above say where. 1>&2
    exit /b 1
  )
  set "WORKBOOK_JUST_BUILT=1"
)
:start
rem The class path in CLASSPATH rather than on the command line, which cmd cuts at 8191 characters.
for /f "usebackq delims=" %%c in ("%~dp0code\cli\target\classpath.txt") do set "CLASSPATH=%~dp0code\cli\target\classes;%%c"
"%JAVA_HOME%\bin\java" sockets.cli.Workbook %*
rem 75: it has just rebuilt itself, a source being newer than the build: start the new build, once.
if "%errorlevel%"=="75" if not defined WORKBOOK_JUST_BUILT if exist "target\workbook.start-again" (
  del "target\workbook.start-again"
  set "WORKBOOK_JUST_BUILT=1"
  goto start
)
exit /b %errorlevel%
