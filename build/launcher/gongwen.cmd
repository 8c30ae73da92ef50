@echo off
rem `gongwen` in the installed app (Windows). Runs the app's bundled CLI with the app's own
rem executable acting as Node (ELECTRON_RUN_AS_NODE), so no separate Node.js is needed. Installed in
rem the app folder as bin\gongwen.cmd: add that bin folder to PATH to type `gongwen` anywhere. A batch file
rem waits for the program and passes on its exit code; ASCII only (cmd reads it in the OEM code page).
setlocal
set ELECTRON_RUN_AS_NODE=1
"%~dp0..\gongwen-studio.exe" "%~dp0..\resources\app.asar\dist\node\cli.cjs" %*
exit /b %ERRORLEVEL%
