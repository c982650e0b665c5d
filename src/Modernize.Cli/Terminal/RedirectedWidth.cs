namespace Modernize.Cli.Terminal;

/// <summary>The width tables are laid out for when output goes to a file or a CI log rather than a terminal.</summary>
public static class RedirectedWidth
{
    /// <summary>Wide enough for the cells table's twelve columns with full headers; a log viewer scrolls.</summary>
    public const int Columns = 200;
}
