namespace Voice.Gateway.Rest.Tenants;

/// <summary>Replacing, adding and removing one item of a configuration list, keeping the others in order.</summary>
internal static class ListEdit
{
    /// <summary>The index the item has (or will have when added at the end), and whether it exists.</summary>
    public static (int Index, bool Exists) Find<T>(IReadOnlyList<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return (i, true);
            }
        }

        return (items.Count, false);
    }

    public static List<T> Put<T>(IReadOnlyList<T> items, int index, T item)
    {
        var result = items.ToList();
        if (index < result.Count)
        {
            result[index] = item;
        }
        else
        {
            result.Add(item);
        }

        return result;
    }

    public static List<T> Remove<T>(IReadOnlyList<T> items, Func<T, bool> match) => [.. items.Where(i => !match(i))];
}
