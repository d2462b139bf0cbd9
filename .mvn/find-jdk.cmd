@rem Finds a JDK 25 or newer wherever it is installed, for mvnw.cmd and workbook.cmd:
@rem   call "%~dp0.mvn\find-jdk.cmd"   sets JAVA_HOME to the home of a JDK 25+, or says in one
@rem   if errorlevel 1 exit /b 1       sentence what to install and sets errorlevel 1.
@rem The searching is .mvn\JdkFinder.java's (one finder for every OS); this file only finds some
@rem java 11+ to run it with, and remembers its answer in target\jdk-home so that only the
@rem first run pays for compiling it (about a second). Every line starts with @ instead of an
@rem "echo off", which would outlive this file in the caller's console; "if errorlevel" on
@rem the next line instead of && or || after a call, which not every cmd honours.
@setlocal
@set "WFJ_FINDER=%~dp0JdkFinder.java"
@set "WFJ_CACHE=%~dp0..\target\jdk-home"

@rem JAVA_HOME is what the user chose: when its release file says 25+, no JVM need start.
@call :is_jdk25 "%JAVA_HOME%"
@if not errorlevel 1 exit /b 0

@rem The finder's last answer, while that home is still there.
@set "WFJ_HOME="
@if exist "%WFJ_CACHE%" set /p WFJ_HOME=<"%WFJ_CACHE%"
@call :is_jdk25 "%WFJ_HOME%"
@if not errorlevel 1 goto :found

@rem Some java to run the finder with: JAVA_HOME's, then the PATH's, until one answers.
@if not exist "%~dp0..\target" mkdir "%~dp0..\target"
@set WFJ_STATUS=2
@if defined JAVA_HOME call :try_java "%JAVA_HOME%\bin\java.exe"
@set "WFJ_JAVA="
@for %%j in (java.exe) do @set "WFJ_JAVA=%%~$PATH:j"
@if "%WFJ_STATUS%"=="2" if defined WFJ_JAVA call :try_java "%WFJ_JAVA%"
@if "%WFJ_STATUS%"=="0" goto :found
@if not "%WFJ_STATUS%"=="2" exit /b 1
@>&2 echo No JDK 25 or newer was found (nor a java 11+ to look for one with): install one (for example Temurin 25 from https://adoptium.net) or set JAVA_HOME to it.
@exit /b 1

:found
@rem The line is expanded before endlocal runs: that is how a value leaves setlocal.
@endlocal & set "JAVA_HOME=%WFJ_HOME%"
@exit /b 0

:is_jdk25
@rem The folder named by the argument is a JDK home (with javac.exe: not a JRE) whose release
@rem file says 25 or newer: JAVA_VERSION="25.0.1".
@if "%~1"=="" exit /b 1
@if not exist "%~1\bin\java.exe" exit /b 1
@if not exist "%~1\bin\javac.exe" exit /b 1
@if not exist "%~1\release" exit /b 1
@set "WFJ_VERSION="
@set "WFJ_FEATURE="
@for /f "usebackq tokens=1,* delims==" %%a in ("%~1\release") do @if "%%a"=="JAVA_VERSION" set "WFJ_VERSION=%%~b"
@for /f "tokens=1 delims=.-+_" %%v in ("%WFJ_VERSION%") do @set "WFJ_FEATURE=%%v"
@if not defined WFJ_FEATURE exit /b 1
@if %WFJ_FEATURE% GEQ 25 exit /b 0
@exit /b 1

:try_java
@rem Runs the finder with the java named by the argument, and sets WFJ_STATUS: 0 found
@rem (WFJ_HOME, also cached), 1 none (the finder said so on stderr), 2 this java could not run
@rem it (Java 8 cannot run a source file: "Could not find or load main class"). The answer goes
@rem to a file of this run, then into the cache in one move: a run started at the same moment
@rem reads a whole answer or none.
@if not exist "%~1" exit /b 0
@set "WFJ_OUT=%WFJ_CACHE%.%RANDOM%"
@"%~1" "%WFJ_FINDER%" >"%WFJ_OUT%" 2>"%WFJ_OUT%.err"
@if errorlevel 1 goto :try_failed
@set WFJ_STATUS=0
@set /p WFJ_HOME=<"%WFJ_OUT%"
@move /y "%WFJ_OUT%" "%WFJ_CACHE%" >nul 2>nul
@if exist "%WFJ_OUT%" del "%WFJ_OUT%"
@del "%WFJ_OUT%.err"
@exit /b 0
:try_failed
@set WFJ_STATUS=2
@set "WFJ_ERROR="
@set /p WFJ_ERROR=<"%WFJ_OUT%.err"
@if "%WFJ_ERROR:~0,6%"=="No JDK" set WFJ_STATUS=1
@if "%WFJ_STATUS%"=="1" type "%WFJ_OUT%.err" >&2
@del "%WFJ_OUT%" "%WFJ_OUT%.err"
@exit /b 0
