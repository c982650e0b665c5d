using System.Text;

namespace Modernize.Extraction.Data;

/// <summary>
/// Finds the tables a SQL statement touches: names after FROM, JOIN, INTO, UPDATE, DELETE FROM, MERGE and USING.
/// A tokenizer rather than a SQL grammar: it copes with any dialect and with placeholders where code spliced values in,
/// and it is only asked about strings that look like SQL.
/// </summary>
public static class SqlTableParser
{
    private static readonly HashSet<string> StatementStarts = new(StringComparer.OrdinalIgnoreCase) { "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH" };

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "SELECT", "FROM", "WHERE", "SET", "VALUES", "ON", "AS", "JOIN", "INNER", "OUTER", "LEFT", "RIGHT", "FULL", "CROSS",
        "GROUP", "ORDER", "BY", "HAVING", "UNION", "ALL", "DISTINCT", "TOP", "AND", "OR", "NOT", "NULL", "INTO", "USING",
        "WHEN", "THEN", "LIMIT", "OFFSET", "DEFAULT", "OUTPUT", "RETURNING", "TABLE",
    };

    private static readonly string[] SqlMarkers = ["WHERE", "JOIN", "VALUES", " SET ", "ORDER BY", "GROUP BY", "*", "@", "=", ":"];

    /// <summary>Tables of <paramref name="sql"/>, in order of appearance, each (name, operation) once.</summary>
    /// <param name="strict">For strings not handed to a database API: also require SQL-looking text, so that English such as "Select an item from the list" is not taken for a query.</param>
    public static IReadOnlyList<SqlTable> Parse(string sql, bool strict)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var tokens = Tokenize(sql);
        var firstWord = tokens.Find(t => t.Kind == TokenKind.Word);
        if (firstWord.Text is null || !StatementStarts.Contains(firstWord.Text))
        {
            return [];
        }

        if (strict && !IsUpper(firstWord.Text) && !HasSqlMarker(sql))
        {
            return [];
        }

        var tables = new List<SqlTable>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            switch (token.Text.ToUpperInvariant())
            {
                case "FROM":
                    var deleting = PreviousWordIs(tokens, i, "DELETE");
                    ReadTableList(tokens, i + 1, deleting ? "write" : "read", tables);
                    break;
                case "JOIN":
                case "USING": // MERGE ... USING source; JOIN ... USING (column) has no name after it
                    ReadTable(tokens, i + 1, "read", tables);
                    break;
                case "INTO":
                    ReadTable(tokens, i + 1, "write", tables);
                    break;
                case "UPDATE" when !PreviousWordIs(tokens, i, "ON") && !PreviousWordIs(tokens, i, "FOR"):
                    ReadTable(tokens, i + 1, "write", tables);
                    break;
                case "MERGE" when !NextWordIs(tokens, i, "INTO"):
                case "INSERT" when !NextWordIs(tokens, i, "INTO"):
                    ReadTable(tokens, i + 1, "write", tables);
                    break;
            }
        }

        return tables;
    }

    private static bool IsUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasSqlMarker(string sql)
    {
        foreach (var marker in SqlMarkers)
        {
            if (sql.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PreviousWordIs(List<Token> tokens, int index, string word) =>
        index > 0 && tokens[index - 1].Kind == TokenKind.Word && string.Equals(tokens[index - 1].Text, word, StringComparison.OrdinalIgnoreCase);

    private static bool NextWordIs(List<Token> tokens, int index, string word) =>
        index + 1 < tokens.Count && tokens[index + 1].Kind == TokenKind.Word && string.Equals(tokens[index + 1].Text, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A comma-separated FROM list: <c>FROM Orders o, Customers c</c>.</summary>
    private static void ReadTableList(List<Token> tokens, int index, string operation, List<SqlTable> tables)
    {
        while (true)
        {
            var next = ReadTable(tokens, index, operation, tables);
            if (next < 0)
            {
                return;
            }

            // skip an alias (with or without AS), then continue only at a comma
            if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && string.Equals(tokens[next].Text, "AS", StringComparison.OrdinalIgnoreCase))
            {
                next++;
            }

            if (next < tokens.Count && tokens[next].Kind is TokenKind.Word or TokenKind.Quoted && !Reserved.Contains(tokens[next].Text))
            {
                next++;
            }

            if (next < tokens.Count && tokens[next].Kind == TokenKind.Symbol && tokens[next].Text == ",")
            {
                index = next + 1;
                continue;
            }

            return;
        }
    }

    /// <summary>Reads a possibly qualified name at <paramref name="index"/>; returns the index after it, or -1 when there is no table there.</summary>
    private static int ReadTable(List<Token> tokens, int index, string operation, List<SqlTable> tables)
    {
        if (!IsNamePart(tokens, index))
        {
            return -1;
        }

        var name = new StringBuilder(tokens[index].Text);
        index++;
        while (index + 1 < tokens.Count && tokens[index].Kind == TokenKind.Symbol && tokens[index].Text == "." && IsNamePart(tokens, index + 1, qualified: true))
        {
            name.Append('.').Append(tokens[index + 1].Text);
            index += 2;
        }

        var table = new SqlTable(name.ToString(), operation);
        if (!tables.Contains(table))
        {
            tables.Add(table);
        }

        return index;
    }

    private static bool IsNamePart(List<Token> tokens, int index, bool qualified = false)
    {
        if (index >= tokens.Count)
        {
            return false;
        }

        var token = tokens[index];
        return token.Kind switch
        {
            TokenKind.Quoted => token.Text.Length > 0,

            // @table and #temp are variables and temporary tables, not part of the schema
            TokenKind.Word => (qualified || !Reserved.Contains(token.Text)) && token.Text[0] is not '@' and not '#' and not ':',
            _ => false,
        };
    }

    private static List<Token> Tokenize(string sql)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                i = IndexOrEnd(sql, "\n", i + 2);
            }
            else if (c == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                i = IndexOrEnd(sql, "*/", i + 2) + 2;
            }
            else if (c == '\'')
            {
                i = SkipString(sql, i);
                tokens.Add(new Token(TokenKind.Literal, string.Empty));
            }
            else if (c is '[' or '"' or '`')
            {
                var close = c == '[' ? ']' : c;
                var end = sql.IndexOf(close, i + 1);
                end = end < 0 ? sql.Length : end;
                tokens.Add(new Token(TokenKind.Quoted, sql[(i + 1)..end].Trim()));
                i = end + 1;
            }
            else if (char.IsLetter(c) || c is '_' or '@' or '#' or ':')
            {
                var start = i++;
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] is '_' or '$' or '@' or '#'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, sql[start..i]));
            }
            else if (char.IsDigit(c))
            {
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Literal, string.Empty));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Symbol, c.ToString()));
                i++;
            }
        }

        return tokens;
    }

    private static int IndexOrEnd(string text, string value, int start)
    {
        var index = text.IndexOf(value, start, StringComparison.Ordinal);
        return index < 0 ? text.Length : index;
    }

    private static int SkipString(string sql, int start)
    {
        var i = start + 1;
        while (i < sql.Length)
        {
            if (sql[i] == '\'')
            {
                if (i + 1 < sql.Length && sql[i + 1] == '\'')
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return i;
    }

    private enum TokenKind
    {
        Word,
        Quoted,
        Literal,
        Symbol,
    }

    private readonly record struct Token(TokenKind Kind, string Text);
}
