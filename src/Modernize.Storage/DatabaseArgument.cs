using Modernize.Model;

namespace Modernize.Storage;

/// <summary>
/// The <c>--db</c> value as the user gave it. <c>env:NAME</c> reads the real value from an environment variable, so a
/// password never appears on a command line or in a CI log.
/// </summary>
public static class DatabaseArgument
{
    public const string EnvironmentPrefix = "env:";

    /// <summary>The path or connection string <paramref name="value"/> stands for.</summary>
    public static string Resolve(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!value.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        var name = value[EnvironmentPrefix.Length..];
        var resolved = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(resolved)
            ? throw new InputException(value, $"the environment variable {name} is not set")
            : resolved;
    }

    /// <summary>How <paramref name="value"/> may be shown in messages: PostgreSQL passwords removed.</summary>
    public static string Describe(string value)
    {
        var resolved = value.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase) ? Environment.GetEnvironmentVariable(value[EnvironmentPrefix.Length..]) ?? value : value;
        return Postgres.PostgresConnectionString.IsPostgres(resolved) ? Postgres.PostgresConnectionString.Parse(resolved).Redacted : resolved;
    }
}
