return HlsdExtract.Cli.CliApp.Run(args);
