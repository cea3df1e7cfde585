#ifndef WB_CLI_H
#define WB_CLI_H
int cli_run(int argc, char **argv);
int cli_list(int argc, char **argv);
int cli_sst(int argc, char **argv);
int cli_classify(int argc, char **argv);
int cli_compare(int argc, char **argv);
int cli_console(int argc, char **argv);   /* frontends/sdl/sdl.c */
#endif
