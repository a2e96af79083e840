namespace Roster.Domain.Orders;

/// <summary>What an order item does to its post (GLOSSARY.md).</summary>
public enum OrderAction
{
    /// <summary>任命 / 任: starts a tenure on the effective date.</summary>
    Appoint = 1,
    /// <summary>免去…职务: ends a tenure on the effective date (exclusive).</summary>
    Remove = 2,
    /// <summary>聘任: starts a contract tenure.</summary>
    Engage = 3,
    /// <summary>解聘: ends a contract tenure.</summary>
    Dismiss = 4,
}

/// <summary>Properties of <see cref="OrderAction"/>.</summary>
public static class OrderActions
{
    /// <summary>True for actions that start a tenure (APPOINT, ENGAGE); false for those that end one.</summary>
    public static bool Starts(this OrderAction action) => action is OrderAction.Appoint or OrderAction.Engage;
}
